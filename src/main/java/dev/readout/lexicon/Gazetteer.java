package dev.readout.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readout's own word lists: states (names, adjectives, capitals), offices, international organisations and news
 * agencies with their ISO 3166 alpha-2 code ({@code gazetteer.tsv}), and the title lexicon of diplomatic roles
 * ({@link Titles}), and sub-national units ({@code regions.tsv}). Resource files, so they grow without code changes. Immutable and shared.
 */
public final class Gazetteer {

    /** What a gazetteer phrase names. */
    public enum Type { NAME, ADJ, CAPITAL, OFFICE, INTL, MEDIA, REGION, AREA }

    /** One phrase: its type, ISO code ("XX" for international organisations other than the EU) and canonical form. */
    public record Entry(Type type, String code, String canonical, int length) {

        public boolean isState() {
            return type == Type.NAME || type == Type.ADJ || type == Type.CAPITAL;
        }

        public boolean isInstitution() {
            return type == Type.OFFICE || type == Type.INTL || type == Type.MEDIA;
        }

        /** The ISO country, or null for international organisations that are not EU institutions. */
        public String country() {
            return "XX".equals(code) ? null : code;
        }
    }

    private static final int MAX_WORDS = 8;
    private static volatile Gazetteer shared;

    /** phrase (lower case, tokens joined by single spaces) → entries, longest phrases first per start word. */
    private final Map<String, List<Entry>> entries = new HashMap<>();
    private final Map<String, List<String>> forms = new HashMap<>();
    /** the first word of every phrase: most tokens start none, and are passed over at once */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();

    private Gazetteer() {
        read("gazetteer.tsv", cols -> {
            Type type = Type.valueOf(cols[0]);
            String[] fs = cols[2].split("\\|");
            for (String f : fs) {
                String k = normalize(f);
                Entry e = new Entry(type, cols[1], fs[0].strip(), k.split(" ").length);
                entries.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
                forms.computeIfAbsent(k, x -> new ArrayList<>()).add(f.strip());
            }
        });
        read("regions.tsv", cols -> {
            String[] fs = cols[1].split("\\|");
            for (String f : fs) {
                String k = normalize(f);
                entries.computeIfAbsent(k, x -> new ArrayList<>()).add(new Entry(Type.REGION, cols[0], f.strip(), k.split(" ").length));
                forms.computeIfAbsent(k, x -> new ArrayList<>()).add(f.strip());
            }
        });
        entries.keySet().forEach(k -> firstWords.add(k.split(" ")[0]));
    }

    public static Gazetteer shared() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) {
                    shared = new Gazetteer();
                }
                g = shared;
            }
        }
        return g;
    }

    private interface Row {
        void accept(String[] cols);
    }

    private static void read(String name, Row row) {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/dev/readout/lexicon/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                row.accept(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower case, curly apostrophes straightened, a trailing possessive dropped, whitespace collapsed. */
    public static String normalize(String s) {
        String t = s.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT).strip();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                return t.replaceAll("\\s+", " "); // only phrases have inner blanks; tokens never do
            }
        }
        return t;
    }

    private static String word(String token) {
        return normalize(token);
    }

    /**
     * The longest gazetteer phrase starting at token {@code i} of {@code words}, or null. Capitalised forms need a
     * capitalised first word in the text and all-capital short forms ("WHO", "US") must match exactly, so "who" is
     * not the World Health Organization.
     */
    public Match match(List<String> words, int i) {
        String first = word(words.get(i));
        if (!firstWords.contains(first)) {
            return peopleOf(words.get(i), i);
        }
        int max = Math.min(MAX_WORDS, words.size() - i);
        String[] keys = new String[max + 1];
        StringBuilder sb = new StringBuilder(first);
        keys[1] = first;
        for (int n = 2; n <= max; n++) {
            keys[n] = sb.append(' ').append(word(words.get(i + n - 1))).toString();
        }
        for (int n = max; n >= 1; n--) {
            String k = keys[n];
            List<Entry> es = entries.get(k);
            if (es == null) {
                continue;
            }
            String asWritten = String.join(" ", words.subList(i, i + n));
            List<String> fs = forms.get(k);
            List<Entry> ok = new ArrayList<>();
            for (int j = 0; j < es.size(); j++) {
                if (formFits(fs.get(j), asWritten)) {
                    ok.add(es.get(j));
                }
            }
            if (!ok.isEmpty()) {
                return new Match(i, i + n, ok);
            }
        }
        return null;
    }

    /**
     * "talks with the Saudis", "the Russians said": a one-word demonym in the plural, capitalised, is its state's people
     * and so the state (as a party, the state's side); null for any other word.
     */
    private Match peopleOf(String written, int i) {
        if (written.length() < 5 || !written.endsWith("s") || !Character.isUpperCase(written.charAt(0))) {
            return null;
        }
        List<Entry> es = entries.get(word(written.substring(0, written.length() - 1)));
        if (es == null) {
            return null;
        }
        List<Entry> states = new ArrayList<>();
        for (Entry e : es) {
            if (e.type() == Type.ADJ && e.length() == 1) {
                states.add(new Entry(Type.NAME, e.code(), e.canonical(), 1));
            }
        }
        return states.isEmpty() ? null : new Match(i, i + 1, states);
    }

    private static boolean formFits(String form, String written) {
        if (form.length() <= 5 && form.equals(form.toUpperCase(Locale.ROOT)) && form.chars().anyMatch(Character::isLetter)) {
            return written.replace('’', '\'').equals(form);
        }
        if (Character.isUpperCase(form.charAt(0))) {
            return Character.isUpperCase(written.charAt(0));
        }
        return true;
    }

    /** A gazetteer phrase found in a token list: tokens [start, end) and what it may name. */
    public record Match(int start, int end, List<Entry> entries) {

        public Entry first(Type... types) {
            for (Type t : types) {
                for (Entry e : entries) {
                    if (e.type() == t) {
                        return e;
                    }
                }
            }
            return null;
        }

        public boolean has(Type t) {
            return first(t) != null;
        }

        /** The ISO code of a state this phrase names or qualifies (name, adjective, capital), or null. */
        public String stateCode() {
            Entry e = first(Type.NAME, Type.ADJ, Type.CAPITAL);
            return e == null ? null : e.code();
        }

        /** The country of a sub-national unit this phrase names ("Tamil Nadu" → IN), or null. */
        public String regionCode() {
            Entry e = first(Type.REGION);
            return e == null ? null : e.code();
        }

        public Entry institution() {
            return first(Type.OFFICE, Type.INTL, Type.MEDIA);
        }
    }

    /** The longest title phrase starting at token {@code i}, or null ({@link Titles#match}). */
    public Titles.Title title(List<String> words, int i) {
        return Titles.shared().match(words, i);
    }

    /** The ISO code of a single phrase ("Russian", "the U.S.", "Britain's"), or null. */
    public String countryOf(String phrase) {
        List<String> ws = List.of(stripPossessive(phrase.strip().replaceFirst("(?i)^the\\s+", "")).split("\\s+"));
        Match m = match(ws, 0);
        if (m == null || m.end() != ws.size()) {
            return null;
        }
        String c = m.stateCode();
        if (c == null && m.institution() != null) {
            c = m.institution().country();
        }
        return c;
    }

    /**
     * Every form that names a state (name, adjective, capital) or the European Union, folded, with its ISO code:
     * the one country table, read by participant matching as well as by extraction.
     */
    public Map<String, String> stateForms() {
        Map<String, String> out = new HashMap<>();
        entries.forEach((form, es) -> {
            for (Entry e : es) {
                if (e.isState() || e.type() == Type.INTL && "EU".equals(e.code()) && e.canonical().equals("European Union")) {
                    out.putIfAbsent(NameFold.fold(form), e.code());
                }
            }
        });
        return out;
    }

    /** The name a state goes by ("Russia" for RU, whatever form an article used first), or null for an unknown code. */
    public String countryName(String code) {
        for (List<Entry> es : entries.values()) {
            for (Entry e : es) {
                if (e.type() == Type.NAME && e.code().equals(code)) {
                    return e.canonical();
                }
            }
        }
        return null;
    }

    /**
     * The phrase as a name of the state {@code code}, without article or possessive ("U.S." of "the U.S.'s"), or null
     * when it is not one (an adjective, a capital, another state): the forms a state may be written in as a party.
     */
    public String stateName(String phrase, String code) {
        String bare = stripPossessive(phrase.strip().replaceFirst("(?i)^the\\s+", ""));
        List<String> ws = List.of(bare.split("\\s+"));
        Match m = match(ws, 0);
        return m != null && m.end() == ws.size()
                && m.entries().stream().anyMatch(e -> e.type() == Type.NAME && e.code().equals(code)) ? bare : null;
    }

    /** Whether the whole phrase is the name of a capital or seat of government ("Moscow", "RIYADH"). */
    public boolean isCapital(String phrase) {
        List<String> ws = List.of(phrase.strip().split("\\s+"));
        Match m = match(ws, 0);
        if (m == null && !phrase.equals(phrase.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (m == null) {
            // a dateline in capitals ("RIYADH"): the form as the gazetteer writes it
            String titled = phrase.charAt(0) + phrase.substring(1).toLowerCase(Locale.ROOT);
            m = match(List.of(titled.split("\\s+")), 0);
        }
        return m != null && m.end() == ws.size() && m.has(Type.CAPITAL) && !m.has(Type.NAME);
    }

    /** The title family of a phrase ("Secretary of State" → FOREIGN), or null. */
    public String familyOf(String phrase) {
        return Titles.shared().familyOf(phrase);
    }

    public boolean isTitleWord(String token) {
        return Titles.shared().isTitleWord(token);
    }

    static String stripPossessive(String s) {
        return s.replaceFirst("['’]s?$", "");
    }

}
