package dev.readout.extraction.people;

import dev.readout.lexicon.Titles;
import dev.readout.lexicon.Gazetteer;
import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.quote.SpeakerResolver;
import dev.readout.participant.ParticipantKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everyone an article mentions, clustered within the article: people under the fullest form of their name
 * ("Shoygu" → "Sergey Shoygu", "Mr. Sullivan" → "Jake Sullivan") with the title, organisation and country the text
 * gives them; offices, international organisations, news agencies and states with their ISO code. Role references
 * ("the Ukrainian president", "Russia's top diplomat", "the Pentagon spokesperson"), pronouns and group references
 * ("the two leaders") are kept as mentions and resolved on demand to the party the article means.
 * <p>
 * Built once per article from the pipeline output; immutable afterwards, so safe to read from any thread.
 */
public final class ArticlePeople implements SpeakerResolver {

    /** What a mention is. */
    public enum Kind { NAME, ROLE, OFFICE, STATE, PRONOUN, GROUP }

    /** One participant of the article: a person, an office or organisation, or a state. */
    public static final class Party {
        private final int id;
        private String name;
        private int nameWords;
        private final Set<String> aliases = new LinkedHashSet<>();
        private final ParticipantKind kind;
        private String title;
        private String family;
        private String organization;
        private String country;
        private boolean international;
        private final String key;
        private int firstOffset = Integer.MAX_VALUE;

        Party(int id, String name, ParticipantKind kind, String key) {
            this.id = id;
            this.name = name;
            this.nameWords = name.split("\\s+").length;
            this.kind = kind;
            this.key = key;
            aliases.add(name);
        }

        public int id() {
            return id;
        }

        public String name() {
            return name;
        }

        public ParticipantKind kind() {
            return kind;
        }

        public String title() {
            return title;
        }

        /** The title family ("FOREIGN", "HEAD_OF_STATE", ...), or null. */
        public String family() {
            return family;
        }

        public String organization() {
            return organization;
        }

        public String country() {
            return country;
        }

        /** True for international organisations (and their officials): they make any contact diplomatic. */
        public boolean international() {
            return international;
        }

        public boolean isPerson() {
            return kind == ParticipantKind.PERSON;
        }

        String key() {
            return key;
        }

        void addName(String n) {
            aliases.add(n);
            int w = n.split("\\s+").length;
            if (w > nameWords) {
                name = n;
                nameWords = w;
            }
        }

        void role(String t, String fam, String org, String c, boolean intl) {
            if (t != null && fam != null && !"COUNTERPART".equals(fam) && !"LEADER".equals(fam)
                    && (title == null || "MINISTER".equals(family) && !"MINISTER".equals(fam))) {
                title = t;
                family = fam;
            }
            if (org != null && organization == null) {
                organization = org;
            }
            if (c != null && country == null) {
                country = c;
            }
            international |= intl;
        }

        public ExtractedParticipant participant() {
            List<String> other = new ArrayList<>();
            for (String a : aliases) {
                if (!a.equals(name)) {
                    other.add(a);
                }
            }
            return new ExtractedParticipant(name, kind, title, organization, country, other);
        }

        @Override
        public String toString() {
            return name + "[" + kind + "," + title + "/" + family + "," + organization + "," + country + (international ? ",intl" : "") + "]";
        }
    }

    /**
     * One mention in one sentence: tokens [from, to) of that sentence and characters [start, end) of the article.
     * {@code party} is set for names, offices and states; roles, pronouns and groups are resolved on demand.
     */
    public record Mention(Kind kind, int sentence, int from, int to, int start, int end, String text, Party party,
                          String country, String family, String title, boolean plural) {
    }

    private static final Set<String> GROUP_NOUNS = Set.of("leaders", "presidents", "men", "women", "ministers", "sides",
            "diplomats", "officials", "counterparts", "chiefs", "heads", "secretaries");
    private static final Set<String> ANON = Set.of("official", "officials", "source", "sources", "aide", "aides",
            "diplomat", "diplomats", "spokesperson", "spokesman", "spokeswoman");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "his", "her", "they", "them", "it", "we", "i", "you");
    private static final Set<String> SPOKES_WORDS = Set.of("spokesperson", "spokesman", "spokeswoman");
    private static final Set<String> GOVERNMENT_WORDS = Set.of("government", "authorities", "administration", "ministry", "cabinet");
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "its", "their", "a", "an", "our", "my");

    private final AnalyzedText text;
    private final Gazetteer gaz;
    private final List<Party> parties = new ArrayList<>();
    private final Map<String, Party> byKey = new LinkedHashMap<>();
    private final List<List<Mention>> bySentence = new ArrayList<>();
    private final List<int[]> quoteSpans;

    private ArticlePeople(AnalyzedText text, Gazetteer gaz) {
        this.text = text;
        this.gaz = gaz;
        this.quoteSpans = QuoteSpans.find(text.text());
    }

    /** Indexes one analysed article. */
    public static ArticlePeople index(AnalyzedText text) {
        ArticlePeople p = new ArticlePeople(text, Gazetteer.shared());
        p.build();
        return p;
    }

    public AnalyzedText text() {
        return text;
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

    /** The mentions of one sentence, in text order. */
    public List<Mention> mentions(int sentence) {
        return sentence >= 0 && sentence < bySentence.size() ? bySentence.get(sentence) : List.of();
    }

    /** True when the character offset lies inside quotation marks. */
    public boolean inQuote(int offset) {
        for (int[] q : quoteSpans) {
            if (offset >= q[0] && offset < q[1]) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ building

    /** Per-sentence token marks: which tokens are title words, gazetteer phrases, names. */
    private static final class Marks {
        final List<String> words = new ArrayList<>();
        Titles.Title[] titleAt;
        int[] titleStart;
        Gazetteer.Match[] gazAt;
        int[] gazStart;
        boolean[] named;
        boolean[] context;
    }

    private final List<Marks> marks = new ArrayList<>();

    private void build() {
        for (Sentence s : text.sentences()) {
            Marks m = new Marks();
            for (Token t : s.tokens()) {
                m.words.add(t.word());
            }
            int n = m.words.size();
            m.titleAt = new Titles.Title[n];
            m.titleStart = new int[n];
            m.gazAt = new Gazetteer.Match[n];
            m.gazStart = new int[n];
            m.named = new boolean[n];
            m.context = new boolean[n];
            java.util.Arrays.fill(m.titleStart, -1);
            java.util.Arrays.fill(m.gazStart, -1);
            for (int i = 0; i < n; i++) {
                if (m.gazStart[i] < 0) {
                    Gazetteer.Match g = gaz.match(m.words, i);
                    if (g != null) {
                        m.gazAt[i] = g;
                        for (int j = i; j < g.end(); j++) {
                            m.gazStart[j] = i;
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (m.titleStart[i] < 0) {
                    Titles.Title t = gaz.title(m.words, i);
                    if (t != null && (Names.isCapitalised(m.words.get(i)) || isLowerTitleOk(m.words.get(i)))) {
                        m.titleAt[i] = t;
                        for (int j = i; j < i + t.length(); j++) {
                            m.titleStart[j] = i;
                        }
                    }
                }
            }
            // "President-elect" tokenizes as President - elect: one title
            for (int i = 1; i + 1 < n; i++) {
                if (m.titleStart[i - 1] >= 0 && m.words.get(i).equals("-")
                        && (m.words.get(i + 1).equalsIgnoreCase("elect") || m.words.get(i + 1).equalsIgnoreCase("designate"))) {
                    int ts = m.titleStart[i - 1];
                    m.titleAt[ts] = new Titles.Title(m.titleAt[ts].family(), i + 2 - ts);
                    m.titleStart[i] = ts;
                    m.titleStart[i + 1] = ts;
                }
            }
            marks.add(m);
            bySentence.add(new ArrayList<>());
        }
        List<Candidate> names = nameCandidates();
        clusterNames(names);
        surnameSweep();
        for (List<Mention> ms : bySentence) {
            ms.sort(Comparator.comparingInt(Mention::from));
        }
        for (int si = 0; si < bySentence.size(); si++) {
            List<Mention> ms = bySentence.get(si);
            for (int k = 0; k < ms.size(); k++) {
                ms.set(k, withContext(ms.get(k)));
            }
        }
        otherMentions();
        for (List<Mention> ms : bySentence) {
            ms.sort(Comparator.comparingInt(Mention::from));
        }
    }

    private static boolean isLowerTitleOk(String w) {
        // lower-case role words that still make a role ("his Russian counterpart", "Kremlin spokesman")
        return Character.isLowerCase(w.codePointAt(0));
    }

    private record Candidate(int sentence, int from, int to) {
    }

    private List<Candidate> nameCandidates() {
        List<Candidate> out = new ArrayList<>();
        for (AnalyzedText.Entity e : text.entities()) {
            if (!"PERSON".equals(e.type())) {
                continue;
            }
            Sentence s = text.sentences().get(e.sentence());
            int from = -1, to = -1;
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (t.start() >= e.start() && t.end() <= e.end()) {
                    if (from < 0) {
                        from = i;
                    }
                    to = i + 1;
                }
            }
            if (from >= 0) {
                Candidate c = clean(e.sentence(), from, to);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        // capitalised proper nouns right after a title or honorific: "Prime Minister Kaja Kallas", "Mr Lavrov"
        for (int si = 0; si < marks.size(); si++) {
            Marks m = marks.get(si);
            List<Token> toks = text.sentences().get(si).tokens();
            for (int i = 1; i < toks.size(); i++) {
                boolean afterTitle = m.titleStart[i - 1] >= 0 && Names.isCapitalised(m.words.get(m.titleStart[i - 1]))
                        || Names.HONORIFICS.contains(m.words.get(i - 1).toLowerCase(Locale.ROOT));
                if (!afterTitle || !properWord(m, toks, i) || m.titleStart[i] >= 0) {
                    continue;
                }
                int j = i;
                while (j < toks.size() && j - i < 4 && properWord(m, toks, j) && m.titleStart[j] < 0) {
                    j++;
                }
                Candidate c = clean(si, i, j);
                if (c != null && out.stream().noneMatch(o -> o.sentence() == c.sentence() && o.from() < c.to() && c.from() < o.to())) {
                    out.add(c);
                }
                i = j;
            }
        }
        return out;
    }

    private boolean properWord(Marks m, List<Token> toks, int i) {
        Token t = toks.get(i);
        return t.pos().startsWith("NNP") && Names.isCapitalised(t.word()) && Names.hasLetter(t.word())
                && m.gazStart[i] < 0 && !"DATE".equals(t.ner()) && !"TIME".equals(t.ner())
                && !t.word().equals(t.word().toUpperCase(Locale.ROOT));
    }

    /** Trims titles, honorifics, gazetteer words and possessives off a PERSON span; null when nothing is left. */
    private Candidate clean(int si, int from, int to) {
        Marks m = marks.get(si);
        List<Token> toks = text.sentences().get(si).tokens();
        while (from < to) {
            String w = m.words.get(from);
            if (m.titleStart[from] >= 0 || strippableGaz(m, from) || Names.HONORIFICS.contains(w.toLowerCase(Locale.ROOT))
                    || !Names.isCapitalised(w) || !Names.hasLetter(w)) {
                from++;
            } else {
                break;
            }
        }
        while (to > from) {
            String w = m.words.get(to - 1);
            if (!Names.hasLetter(w) || !Names.isCapitalised(w) || strippableGaz(m, to - 1) && to - 1 > from
                    && m.gazAt[m.gazStart[to - 1]].institution() != null
                    || toks.get(to - 1).pos().equals("POS")) {
                to--;
            } else {
                break;
            }
        }
        // a hyphenated name keeps its lower-case part: "Yoon Suk-yeol"
        while (to < toks.size() && toks.get(to).start() == toks.get(to - 1).end()
                && (m.words.get(to).equals("-") || toks.get(to - 1).word().equals("-"))) {
            to++;
        }
        while (to > from && !Names.hasLetter(m.words.get(to - 1))) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        if (from + 1 == to && (toks.get(from).pos().startsWith("PRP") || PRONOUNS.contains(m.words.get(from).toLowerCase(Locale.ROOT))
                || m.words.get(from).endsWith("ing"))) {
            return null;
        }
        // a name does not run across a comma or a conjunction
        for (int i = from; i < to; i++) {
            String w = m.words.get(i);
            if (w.equals(",") || w.equalsIgnoreCase("and") || w.equals(";")) {
                return null;
            }
        }
        String w0 = m.words.get(from);
        if (from + 1 == to && (w0.length() < 2 || w0.equals(w0.toUpperCase(Locale.ROOT)))) {
            return null;
        }
        return new Candidate(si, from, to);
    }

    /** A gazetteer word that cannot be part of a person's name: adjectives and institutions, not "Chad" or "Jordan". */
    private static boolean strippableGaz(Marks m, int i) {
        if (m.gazStart[i] < 0) {
            return false;
        }
        Gazetteer.Match g = m.gazAt[m.gazStart[i]];
        return g.has(Gazetteer.Type.ADJ) || g.institution() != null || g.end() - g.start() > 1;
    }

    private String spanName(int si, int from, int to) {
        List<Token> toks = text.sentences().get(si).tokens();
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            String w = toks.get(i).word();
            boolean glued = i > from && toks.get(i).start() == toks.get(i - 1).end();
            if (!Names.hasLetter(w) && !(w.equals("-") && glued) && !w.equals(".")) {
                continue;
            }
            if (sb.length() > 0 && !glued) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString().strip();
    }

    private void clusterNames(List<Candidate> names) {
        names.sort(Comparator.comparingInt((Candidate c) -> c.to() - c.from() > 1 ? 0 : 1)
                .thenComparingInt(Candidate::sentence).thenComparingInt(Candidate::from));
        for (Candidate c : names) {
            String name = spanName(c.sentence(), c.from(), c.to());
            String key = "P:" + Names.surnameKey(name);
            if (key.equals("P:")) {
                continue;
            }
            Party p = byKey.get(key);
            if (p == null && c.to() - c.from() == 1) {
                p = byFirstName(name);
            }
            if (p == null && c.to() - c.from() == 1 && glue(c)) {
                continue;
            }
            if (p == null) {
                p = newParty(name, ParticipantKind.PERSON, key);
            } else {
                p.addName(name);
            }
            addNameMention(c.sentence(), c.from(), c.to(), p);
        }
    }

    /** A crawl-glued token ("Bennettflew") whose start is a known surname: a mention of that person. */
    private boolean glue(Candidate c) {
        Token t = text.sentences().get(c.sentence()).tokens().get(c.from());
        String w = t.word();
        for (Party p : parties) {
            if (!p.isPerson() || p.nameWords < 2) {
                continue;
            }
            String sur = lastWord(p.name());
            if (sur.length() >= 4 && w.length() > sur.length() + 1 && w.startsWith(sur)
                    && w.substring(sur.length()).chars().allMatch(Character::isLowerCase)) {
                Marks m = marks.get(c.sentence());
                m.named[c.from()] = true;
                bySentence.get(c.sentence()).add(new Mention(Kind.NAME, c.sentence(), c.from(), c.from() + 1, t.start(),
                        t.start() + sur.length(), sur, p, null, null, null, false));
                return true;
            }
        }
        return false;
    }

    /** The one multi-word person whose first name is this word (family name first: "Yoon" of "Yoon Suk-yeol"). */
    private Party byFirstName(String word) {
        String k = Names.key(Names.fold(word).isEmpty() ? "" : Names.fold(word).get(0));
        Party found = null;
        for (Party p : parties) {
            List<String> f = Names.fold(p.name());
            boolean inner = false; // "Lula" for "Luiz Inácio Lula da Silva": a name inside the full name, never a particle
            for (int j = 1; j + 1 < f.size() && !inner; j++) {
                inner = f.get(j).length() >= 4 && Names.key(f.get(j)).equals(k);
            }
            if (p.isPerson() && f.size() > 1 && (Names.key(f.get(0)).equals(k) || inner)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    private Party newParty(String name, ParticipantKind kind, String key) {
        Party p = new Party(parties.size(), name, kind, key);
        parties.add(p);
        byKey.put(key, p);
        return p;
    }

    private void addNameMention(int si, int from, int to, Party p) {
        List<Token> toks = text.sentences().get(si).tokens();
        Marks m = marks.get(si);
        for (int i = from; i < to; i++) {
            if (m.named[i]) {
                return;
            }
        }
        if (to < toks.size() && !m.named[to] && toks.get(to).word().matches("[IVX]{1,4}") && toks.get(to).pos().startsWith("NNP")) {
            to++; // a regnal number belongs to the mention ("King Abdullah II"), not to the name's key
        }
        for (int i = from; i < to; i++) {
            m.named[i] = true;
        }
        int start = toks.get(from).start(), end = toks.get(to - 1).end();
        p.firstOffset = Math.min(p.firstOffset, start);
        bySentence.get(si).add(new Mention(Kind.NAME, si, from, to, start, end, text.text().substring(start, end), p,
                null, null, null, false));
    }

    /** Known surnames wherever they stand: mis-tagged ("Macron" as a place), glued ("Bennettflew"), paired ("Biden-Putin"). */
    private void surnameSweep() {
        Map<String, Party> surnames = new LinkedHashMap<>();
        for (Party p : parties) {
            if (p.isPerson()) {
                surnames.put(p.key().substring(2), p);
            }
        }
        for (int si = 0; si < marks.size(); si++) {
            Marks m = marks.get(si);
            List<Token> toks = text.sentences().get(si).tokens();
            for (int i = 0; i < toks.size(); i++) {
                if (m.named[i]) {
                    continue;
                }
                Token t = toks.get(i);
                String w = t.word();
                if (!Names.isCapitalised(w) || !Names.hasLetter(w)) {
                    continue;
                }
                List<String> f = Names.fold(w);
                if (i > 0 && m.named[i - 1] && w.matches("[IVX]{1,4}")) {
                    continue; // a regnal number ("Abdullah II"), not a surname ("Yi")
                }
                if (f.size() == 1) {
                    Party p = surnames.get(Names.key(f.get(0)));
                    if (p == null && t.pos().startsWith("NNP") && m.gazStart[i] < 0 && m.titleStart[i] < 0) {
                        p = byFirstName(w); // family name first: "Wang" of "Wang Yi"
                    }
                    if (p != null && m.titleStart[i] < 0) {
                        addNameMention(si, i, i + 1, p);
                        continue;
                    }
                    // glued by a crawl: "Bennettflew"
                    for (Map.Entry<String, Party> e : surnames.entrySet()) {
                        String sur = lastWord(e.getValue().name());
                        if (sur.length() >= 4 && w.length() > sur.length() + 1 && w.startsWith(sur)
                                && w.substring(sur.length()).chars().allMatch(Character::isLowerCase)) {
                            m.named[i] = true;
                            int start = t.start();
                            int end = start + sur.length();
                            bySentence.get(si).add(new Mention(Kind.NAME, si, i, i + 1, start, end, sur, e.getValue(),
                                    null, null, null, false));
                            break;
                        }
                    }
                } else if (w.contains("-")) {
                    // "Blinken-Truss phone call": two names in one token
                    String[] parts = w.split("-");
                    int off = t.start();
                    List<Mention> found = new ArrayList<>();
                    for (String part : parts) {
                        List<String> pf = Names.fold(part);
                        Party p = pf.size() == 1 ? surnames.get(Names.key(pf.get(0))) : null;
                        if (p != null) {
                            found.add(new Mention(Kind.NAME, si, i, i + 1, off, off + part.length(), part, p, null,
                                    null, null, false));
                        }
                        off += part.length() + 1;
                    }
                    if (found.size() == parts.length && found.size() >= 2) {
                        m.named[i] = true;
                        bySentence.get(si).addAll(found);
                    }
                }
            }
        }
    }

    private static String lastWord(String name) {
        String[] ws = name.split("\\s+");
        return ws[ws.length - 1];
    }

    /** Title, organisation and country from the words around a name mention, recorded on the mention and its party. */
    private Mention withContext(Mention mt) {
        if (mt.kind() != Kind.NAME || mt.from() == mt.to() - 1 && mt.text().length() < text.sentences().get(mt.sentence()).tokens().get(mt.from()).word().length()) {
            return mt;
        }
        Marks m = marks.get(mt.sentence());
        List<Token> toks = text.sentences().get(mt.sentence()).tokens();
        Context left = leftContext(m, toks, mt.from());
        Context right = rightContext(m, toks, mt.to());
        String title = left.title != null ? left.title : right.title;
        String family = left.title != null ? left.family : right.family;
        if ("COUNTERPART".equals(family) && right.title != null) {
            title = right.title;
            family = right.family;
        }
        String country = left.country != null ? left.country : right.country;
        String org = left.org != null ? left.org : right.org;
        if (country == null && left.orgCountry != null) {
            country = left.orgCountry;
        }
        if (country == null && right.orgCountry != null) {
            country = right.orgCountry;
        }
        boolean intl = left.intl || right.intl;
        mt.party().role(title, family, org, country, intl);
        for (int i = Math.max(0, left.from); i < mt.from(); i++) {
            m.context[i] = true;
        }
        return new Mention(mt.kind(), mt.sentence(), mt.from(), mt.to(), mt.start(), mt.end(), mt.text(), mt.party(),
                country, family, title, false);
    }

    private static final class Context {
        String title, family, country, org, orgCountry;
        boolean intl;
        /** a sub-national unit or a non-state organisation qualifies the title ("Ontario Premier", "Toyota President") */
        boolean region, nonState;
        int from = -1;

        /** The family a qualifier makes of the title: a premier of a province is sub-national, a company's president non-state. */
        void qualify() {
            if (family == null || Titles.level(family).domestic()) {
                return;
            }
            if (region) {
                family = "SUBNATIONAL";
            } else if (nonState && !intl && orgCountry == null && country == null) {
                family = "NONSTATE";
            }
        }
    }

    private Context leftContext(Marks m, List<Token> toks, int nameFrom) {
        Context c = new Context();
        int j = nameFrom - 1;
        int titleEnd = -1, titleBegin = -1;
        while (j >= 0) {
            String w = m.words.get(j);
            String lw = w.toLowerCase(Locale.ROOT);
            if (m.titleStart[j] >= 0 && !(m.gazStart[j] >= 0 && m.gazStart[j] < m.titleStart[j])) {
                int s = m.titleStart[j];
                if (titleEnd < 0 || titleBegin == j + 1) {
                    if (titleEnd < 0) {
                        titleEnd = j + 1;
                    }
                    titleBegin = s;
                }
                Titles.Title t = m.titleAt[s];
                if (c.family == null || "MINISTER".equals(c.family) || "COUNTERPART".equals(c.family) && !"MINISTER".equals(t.family())) {
                    if (!"MILITARY".equals(t.family()) || c.family == null) {
                        c.family = t.family();
                    }
                }
                j = s - 1;
            } else if (m.gazStart[j] >= 0) {
                Gazetteer.Match g = m.gazAt[m.gazStart[j]];
                Gazetteer.Entry inst = g.institution();
                if (inst != null) {
                    if (c.org == null) {
                        c.org = String.join(" ", m.words.subList(g.start(), g.end()));
                        c.orgCountry = inst.country();
                        c.intl |= inst.type() == Gazetteer.Type.INTL;
                    }
                } else if (c.country == null && g.stateCode() != null) {
                    c.country = g.stateCode();
                } else if (g.stateCode() == null && g.regionCode() != null && titleEnd > 0) {
                    c.region = true;
                    if (c.country == null) {
                        c.country = g.regionCode();
                    }
                }
                if (titleBegin == g.end() && titleEnd > 0) {
                    titleBegin = g.start() + (inst != null ? 0 : g.end() - g.start()); // an office is part of the title words only when inside it
                }
                j = g.start() - 1;
            } else if ("MISC".equals(toks.get(j).ner()) && Names.isCapitalised(w) && titleBegin == j + 1) {
                j--; // a demonym the gazetteer lacks ("Tanzanian President"): part of the title words, country unknown
            } else if ("ORGANIZATION".equals(toks.get(j).ner()) && Names.isCapitalised(w) && titleBegin == j + 1
                    && c.org == null && c.country == null) {
                // "Toyota President Akio Toyoda": an organisation the gazetteer does not know is no government
                int k = j;
                while (k > 0 && "ORGANIZATION".equals(toks.get(k - 1).ner())) {
                    k--;
                }
                c.org = String.join(" ", m.words.subList(k, j + 1));
                c.nonState = true;
                j = k - 1;
            } else if (Names.HONORIFICS.contains(lw) || toks.get(j).pos().equals("POS") || lw.equals("of") && j > 0
                    || j == nameFrom - 1 && j > 0 && w.matches("[A-Z]\\.?")
                        && Names.HONORIFICS.contains(m.words.get(j - 1).toLowerCase(Locale.ROOT)) // "Dr S Jaishankar"
                    || DETERMINERS.contains(lw) || lw.equals("-") || lw.equals("(") || lw.equals(")") || w.equals("EU")
                    || lw.equals(",") && j == nameFrom - 1 && j > 0 && m.titleStart[j - 1] >= 0) {
                if (DETERMINERS.contains(lw) && !lw.equals("the") && !lw.equals("his") && !lw.equals("her") && !lw.equals("its")) {
                    break;
                }
                j--;
                if (DETERMINERS.contains(lw)) {
                    break;
                }
            } else {
                break;
            }
        }
        if (titleEnd > 0) {
            c.title = String.join(" ", m.words.subList(Math.max(0, titleBegin), titleEnd)).replace(" ’s", "’s").replace(" 's", "'s");
        }
        c.qualify();
        c.from = j + 1;
        return c;
    }

    private Context rightContext(Marks m, List<Token> toks, int nameTo) {
        Context c = new Context();
        int n = toks.size();
        int j = nameTo;
        if (j < n && m.words.get(j).equals("of") && j + 1 < n && m.gazStart[j + 1] == j + 1) {
            Gazetteer.Match g = m.gazAt[j + 1];
            if (g.stateCode() != null) {
                c.country = g.stateCode();
            }
            return c;
        }
        if (j < n && m.words.get(j).equals(",")) {
            int k = j + 1;
            if (k < n && (m.words.get(k).equalsIgnoreCase("the") || m.words.get(k).equalsIgnoreCase("a"))) {
                k++;
            }
            int titleFrom = -1, titleTo = -1;
            while (k < n) {
                if (m.titleStart[k] == k) {
                    Titles.Title t = m.titleAt[k];
                    if (titleFrom < 0) {
                        titleFrom = k;
                        c.family = t.family();
                    }
                    titleTo = k + t.length();
                    k += t.length();
                } else if (m.gazStart[k] == k) {
                    Gazetteer.Match g = m.gazAt[k];
                    if (g.institution() != null) {
                        c.org = c.org == null ? String.join(" ", m.words.subList(g.start(), g.end())) : c.org;
                        c.orgCountry = g.institution().country();
                        c.intl |= g.institution().type() == Gazetteer.Type.INTL;
                    } else if (c.country == null && g.stateCode() != null) {
                        c.country = g.stateCode();
                    } else if (g.stateCode() == null && g.regionCode() != null && titleFrom >= 0) {
                        c.region = true;
                        c.country = c.country == null ? g.regionCode() : c.country;
                    }
                    if (titleFrom >= 0) {
                        titleTo = g.end();
                    }
                    k = g.end();
                } else if (titleFrom >= 0 && "ORGANIZATION".equals(toks.get(k).ner()) && k > 0 && m.words.get(k - 1).equals("of")) {
                    int e = k;
                    while (e < n && "ORGANIZATION".equals(toks.get(e).ner())) {
                        e++;
                    }
                    c.org = c.org == null ? String.join(" ", m.words.subList(k, e)) : c.org;
                    c.nonState = true;
                    k = e;
                } else if (m.words.get(k).equals("of") || m.words.get(k).equals("the") || toks.get(k).pos().equals("POS")) {
                    k++;
                } else {
                    break;
                }
            }
            boolean closed = k >= n || Set.of(",", ".", ";", ")", ":", "—", "–").contains(m.words.get(k));
            if (titleFrom >= 0 && closed && !(k + 1 < n && m.named[k + 1])) {
                c.title = String.join(" ", m.words.subList(titleFrom, titleTo));
                c.qualify();
            } else {
                c.title = null;
                c.family = null;
                c.country = null;
                c.org = null;
                c.orgCountry = null;
                c.intl = false;
            }
        }
        return c;
    }

    /** Roles without a name, offices, states, pronouns and group references. */
    private void otherMentions() {
        for (int si = 0; si < marks.size(); si++) {
            Marks m = marks.get(si);
            List<Token> toks = text.sentences().get(si).tokens();
            List<Mention> out = bySentence.get(si);
            int n = toks.size();
            int i = 0;
            while (i < n) {
                if (m.named[i] || m.context[i] && !isPronounAt(toks, i)) {
                    i++;
                    continue;
                }
                String w = m.words.get(i);
                String lw = w.toLowerCase(Locale.ROOT);
                // a role phrase not followed by a name ("his Russian counterpart", "the Ukrainian president")
                if (DETERMINERS.contains(lw)) {
                    int r = roleAt(si, m, toks, i);
                    if (r > i) {
                        i = r;
                        continue;
                    }
                }
                // group references: "the two leaders", "the pair", "both", "they"
                int g = groupAt(m, i);
                if (g > i) {
                    out.add(mention(Kind.GROUP, si, i, g, null, null, null, null, true));
                    i = g;
                    continue;
                }
                if ((lw.equals("he") || lw.equals("she") || lw.equals("him") || lw.equals("his") || lw.equals("her"))
                        && toks.get(i).pos().startsWith("PRP")) {
                    out.add(mention(Kind.PRONOUN, si, i, i + 1, null, null, null, null, false));
                    i++;
                    continue;
                }
                // a role phrase not followed by a name
                int r = roleAt(si, m, toks, i);
                if (r > i) {
                    i = r;
                    continue;
                }
                if (m.gazStart[i] == i) {
                    Gazetteer.Match gm = m.gazAt[i];
                    Gazetteer.Entry inst = gm.institution();
                    int end = gm.end();
                    if (inst == null && gm.end() < n && m.gazStart[gm.end()] == gm.end()
                            && m.gazAt[gm.end()].institution() != null && gm.stateCode() != null) {
                        // "US State Department", "Russian Defense Ministry"
                        inst = m.gazAt[gm.end()].institution();
                        end = m.gazAt[gm.end()].end();
                    }
                    if (inst != null) {
                        String written = String.join(" ", m.words.subList(i, end));
                        Party p = byKey.get("O:" + inst.canonical() + ":" + inst.code());
                        if (p == null) {
                            p = newParty(written, ParticipantKind.ORGANIZATION, "O:" + inst.canonical() + ":" + inst.code());
                            p.role(null, null, null, inst.country(), inst.type() == Gazetteer.Type.INTL);
                        } else {
                            p.addName(written);
                        }
                        p.firstOffset = Math.min(p.firstOffset, toks.get(i).start());
                        out.add(mention(Kind.OFFICE, si, i, end, p, inst.country(), null, null, false));
                        i = end;
                        continue;
                    }
                    if (gm.has(Gazetteer.Type.NAME) || gm.has(Gazetteer.Type.CAPITAL)) {
                        String code = gm.stateCode();
                        String written = String.join(" ", m.words.subList(i, gm.end()));
                        Party p = byKey.get("S:" + code);
                        if (p == null) {
                            p = newParty(written, ParticipantKind.COUNTRY, "S:" + code);
                            p.role(null, null, null, code, false);
                        }
                        out.add(mention(Kind.STATE, si, i, gm.end(), p, code, null, null, false));
                    }
                    i = gm.end();
                    continue;
                }
                i++;
            }
        }
    }

    private static boolean isPronounAt(List<Token> toks, int i) {
        return toks.get(i).pos().startsWith("PRP");
    }

    private Mention mention(Kind k, int si, int from, int to, Party p, String country, String family, String title,
                            boolean plural) {
        List<Token> toks = text.sentences().get(si).tokens();
        int start = toks.get(from).start(), end = toks.get(to - 1).end();
        return new Mention(k, si, from, to, start, end, text.text().substring(start, end), p, country, family, title, plural);
    }

    private int groupAt(Marks m, int i) {
        List<String> w = m.words;
        int n = w.size();
        String a = w.get(i).toLowerCase(Locale.ROOT);
        if ((a.equals("the") || a.equals("both")) && i + 1 < n) {
            String b = w.get(i + 1).toLowerCase(Locale.ROOT);
            if (b.equals("pair") || b.equals("duo")) {
                return i + 2;
            }
            if (b.equals("two") || b.equals("both")) {
                if (i + 2 < n && GROUP_NOUNS.contains(w.get(i + 2).toLowerCase(Locale.ROOT))) {
                    return i + 3;
                }
                if (i + 2 < n && (w.get(i + 2).equalsIgnoreCase("had") || w.get(i + 2).equalsIgnoreCase("began")
                        || w.get(i + 2).equalsIgnoreCase("spoke") || w.get(i + 2).equalsIgnoreCase("have")
                        || w.get(i + 2).equalsIgnoreCase("agreed") || w.get(i + 2).equalsIgnoreCase("also"))) {
                    return i + 2;
                }
            }
            if (a.equals("both") && GROUP_NOUNS.contains(b)) {
                return i + 2;
            }
            if (a.equals("the") && (b.equals("leaders") || b.equals("presidents"))) {
                return i + 2;
            }
        }
        if (a.equals("both") && i + 1 < n && (w.get(i + 1).equals("agreed") || w.get(i + 1).equals("sides"))) {
            return i + 1;
        }
        if (a.equals("they") || a.equals("their")) {
            return i + 1;
        }
        return i;
    }

    /**
     * A role phrase at token i ("the Ukrainian president", "his Russian counterpart", "Russia's top diplomat",
     * "the Pentagon spokesperson") that no name follows. Returns the token after it, or i.
     */
    private int roleAt(int si, Marks m, List<Token> toks, int i) {
        int n = toks.size();
        int k = i;
        String lw = m.words.get(k).toLowerCase(Locale.ROOT);
        boolean det = DETERMINERS.contains(lw);
        if (det) {
            k++;
        }
        String country = null, org = null, family = null;
        boolean region = false;
        int titleFrom = -1, titleTo = -1;
        while (k < n && !m.named[k]) {
            if (m.gazStart[k] == k) {
                Gazetteer.Match g = m.gazAt[k];
                if (titleFrom >= 0) {
                    break;
                }
                if (g.institution() != null) {
                    org = String.join(" ", m.words.subList(g.start(), g.end()));
                    if (country == null) {
                        country = g.institution().country();
                    }
                } else if (g.stateCode() != null) {
                    country = g.stateCode();
                } else if (g.regionCode() != null) {
                    country = g.regionCode();
                    region = true;
                } else {
                    break;
                }
                k = g.end();
                if (k < n && toks.get(k).pos().equals("POS")) {
                    k++;
                }
            } else if (m.titleStart[k] == k) {
                Titles.Title t = m.titleAt[k];
                if (titleFrom < 0) {
                    titleFrom = k;
                }
                if (family == null || "MINISTER".equals(family) || "LEADER".equals(family) && !"MINISTER".equals(t.family())) {
                    family = t.family();
                }
                titleTo = k + t.length();
                k += t.length();
                if (k < n && (m.words.get(k).equalsIgnoreCase("and") || m.words.get(k).equals(",")) && k + 1 < n && m.titleStart[k + 1] == k + 1) {
                    k++;
                }
            } else {
                break;
            }
        }
        if (titleFrom < 0) {
            return i;
        }
        // followed by a name (possibly after a comma): the words are the name's context, not a role of their own
        if (k < n && m.named[k] || k + 1 < n && m.words.get(k).equals(",") && m.named[k + 1]) {
            return k;
        }
        String last = m.words.get(titleTo - 1).toLowerCase(Locale.ROOT);
        boolean plural = last.endsWith("s") && !last.endsWith("ss") && !"MILITARY".equals(family) && !last.equals("chiefs");
        if (!det && country == null && org == null && !Names.isCapitalised(m.words.get(titleFrom))) {
            return k;
        }
        if (region && family != null && !Titles.level(family).domestic()) {
            family = "SUBNATIONAL"; // "the Tamil Nadu chief minister", "the Ontario premier"
        }
        String title = String.join(" ", m.words.subList(titleFrom, titleTo));
        Mention mt = mention(Kind.ROLE, si, i, titleTo, null, country, family, title, plural);
        bySentence.get(si).add(new Mention(mt.kind(), si, i, titleTo, mt.start(), mt.end(), mt.text(), null, country,
                family, org == null ? title : org + " " + title, plural));
        return titleTo;
    }

    // ------------------------------------------------------------------------------------------------ resolving

    /** The first token of a mention's words including the title and country words before a name. */
    public int contextStart(Mention mt) {
        if (mt.kind() != Kind.NAME) {
            return mt.from();
        }
        return leftContext(marks.get(mt.sentence()), text.sentences().get(mt.sentence()).tokens(), mt.from()).from;
    }

    /** True when token i of the sentence is a title word or a gazetteer word (context that may precede a name). */
    public boolean isContextWord(int sentence, int i) {
        Marks m = marks.get(sentence);
        return m.titleStart[i] >= 0 || m.gazStart[i] >= 0;
    }

    /** The title family of the title phrase covering token i, or null. */
    public String titleFamilyAt(int sentence, int i) {
        Marks m = marks.get(sentence);
        return m.titleStart[i] >= 0 ? m.titleAt[m.titleStart[i]].family() : null;
    }

    /** Every person mention (by name) of the article, first to last. */
    public List<Mention> nameMentions() {
        List<Mention> out = new ArrayList<>();
        for (List<Mention> ms : bySentence) {
            for (Mention m : ms) {
                if (m.kind() == Kind.NAME) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * The person a role reference means: same country (when the role gives one), compatible title family (or title
     * words), preferring the nearest mention before {@code offset}, else the first after it. Null when none fits.
     */
    public Party resolveRole(String country, String family, String titleWords, int offset, Party exclude) {
        Party best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Mention m : nameMentions()) {
            Party p = m.party();
            if (p == exclude || !p.isPerson()) {
                continue;
            }
            if (country != null && !country.equals(p.country())) {
                continue;
            }
            if (!familyFits(family, titleWords, p)) {
                continue;
            }
            int d = m.start() <= offset ? offset - m.start() : 1_000_000 + m.start() - offset;
            if (d < bestDist) {
                bestDist = d;
                best = p;
            }
        }
        return best;
    }

    /** The nearest person of a country the text gives no role, or null. */
    private Party untitledOf(String country, int offset) {
        Party best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Mention m : nameMentions()) {
            Party p = m.party();
            if (!p.isPerson() || p.family() != null || !country.equals(p.country())) {
                continue;
            }
            int d = m.start() <= offset ? offset - m.start() : 1_000_000 + m.start() - offset;
            if (d < bestDist) {
                bestDist = d;
                best = p;
            }
        }
        return best;
    }

    private static final Set<String> MONARCH_WORDS = Set.of("king", "queen", "emir", "emperor", "sultan", "prince");

    private static boolean familyFits(String family, String titleWords, Party p) {
        if (family == null || "COUNTERPART".equals(family)) {
            return true;
        }
        if (family.equals(p.family())) {
            if ("HEAD_OF_STATE".equals(family) && titleWords != null && p.title() != null) {
                // "the king" is not the president: a monarch's title and a president's do not stand for each other
                String tw = titleWords.toLowerCase(Locale.ROOT).replaceAll("^.*\\s", "");
                String pt = p.title().toLowerCase(Locale.ROOT);
                boolean monarchRole = MONARCH_WORDS.contains(tw);
                boolean monarchPerson = MONARCH_WORDS.stream().anyMatch(pt::contains);
                return monarchRole == monarchPerson;
            }
            return true;
        }
        if ("LEADER".equals(family)) {
            return "HEAD_OF_STATE".equals(p.family()) || "HEAD_OF_GOVERNMENT".equals(p.family());
        }
        if ("MINISTER".equals(family) && titleWords != null && p.title() != null) {
            String tw = titleWords.toLowerCase(Locale.ROOT).replaceAll("^.*\\s", "");
            return p.title().toLowerCase(Locale.ROOT).contains(tw);
        }
        return false;
    }

    /** The party a mention stands for (names, offices, states directly; roles and pronouns resolved), or null. */
    public Party partyOf(Mention m) {
        switch (m.kind()) {
            case NAME, OFFICE, STATE:
                return m.party();
            case ROLE:
                if (m.plural()) {
                    return null;
                }
                if (m.family() != null && "SPOKES".equals(m.family()) && m.title() != null) {
                    Party p = resolveSpokes(m.title(), m.country(), m.start());
                    if (p != null) {
                        return p;
                    }
                }
                return resolveRole(m.country(), m.family(), m.title(), m.start(), null);
            case PRONOUN:
                return personBefore(m.start());
            default:
                return null;
        }
    }

    private Party resolveSpokes(String title, String country, int offset) {
        String low = title.toLowerCase(Locale.ROOT);
        Party best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Mention m : nameMentions()) {
            Party p = m.party();
            if (!"SPOKES".equals(p.family())) {
                continue;
            }
            boolean orgFits = p.organization() != null && low.contains(p.organization().toLowerCase(Locale.ROOT))
                    || country != null && country.equals(p.country());
            if (!orgFits) {
                continue;
            }
            int d = m.start() <= offset ? offset - m.start() : 1_000_000 + m.start() - offset;
            if (d < bestDist) {
                bestDist = d;
                best = p;
            }
        }
        return best;
    }

    /**
     * The person a pronoun at the offset most likely means: the nearest person named before it in its own sentence,
     * else the first person (the likely subject) of the closest earlier sentence that names one. Mentions inside
     * quotations do not count.
     */
    public Party personBefore(int offset) {
        int si = -1;
        for (Sentence s : text.sentences()) {
            if (offset >= s.start() && offset < s.end() || s.start() > offset) {
                si = s.index();
                break;
            }
        }
        if (si < 0) {
            si = text.sentences().size() - 1;
        }
        Party best = null;
        for (Mention m : mentions(si)) {
            if (m.start() < offset && !inQuote(m.start())) {
                Party p = personOf(m);
                if (p != null) {
                    best = p;
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (int j = si - 1; j >= 0 && j >= si - 4; j--) {
            for (Mention m : mentions(j)) {
                if (!inQuote(m.start())) {
                    Party p = personOf(m);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private Party personOf(Mention m) {
        Party p = null;
        if (m.kind() == Kind.NAME) {
            p = m.party();
        } else if (m.kind() == Kind.ROLE && !m.plural()) {
            p = resolveRole(m.country(), m.family(), m.title(), m.start(), null);
        }
        return p != null && p.isPerson() ? p : null;
    }

    /** The person whose surname key matches, or null. */
    public Party personNamed(String name) {
        String k = Names.surnameKey(name);
        return k.isEmpty() ? null : byKey.get("P:" + k);
    }

    @Override
    public ExtractedParticipant resolve(String speakerText, int offset) {
        if (speakerText == null || speakerText.isBlank()) {
            return null;
        }
        Party p = resolveParty(speakerText, offset);
        if (p != null) {
            return p.participant();
        }
        return asWritten(speakerText);
    }

    /** The party the words mean, or null when they name nobody the index knows. */
    public Party resolveParty(String words, int offset) {
        String w = words.strip().replaceAll("[,.:;]+$", "");
        String lw = w.toLowerCase(Locale.ROOT);
        if (Set.of("he", "she", "him", "his", "her").contains(lw)) {
            return personBefore(offset);
        }
        List<String> toks = List.of(w.replace("’s", " ’s").replace("'s", " 's").split("\\s+"));
        String head = toks.get(toks.size() - 1).toLowerCase(Locale.ROOT);
        boolean anonymousHead = ANON.contains(head) && !(lw.startsWith("the ") && SPOKES_WORDS.contains(head));
        if (anonymousHead && !Set.of("diplomat", "diplomats").contains(head)) {
            return null; // "a senior Biden administration official": an anonymous source, whatever names it contains
        }
        if (GOVERNMENT_WORDS.contains(head)) {
            return null; // "the Russian government": the government as written
        }
        // a name mention the words cover
        int end = offset + Math.max(1, words.length());
        Party named = null;
        for (List<Mention> ms : bySentence) {
            for (Mention m : ms) {
                if (m.start() >= offset && m.end() <= end && m.kind() == Kind.NAME) {
                    named = m.party();
                }
            }
        }
        if (named != null) {
            return named;
        }
        // any word a known surname
        for (int i = toks.size() - 1; i >= 0; i--) {
            String t = toks.get(i);
            if (Names.isCapitalised(t) && !gaz.isTitleWord(t) && gaz.match(toks, i) == null) {
                Party p = personNamed(t);
                if (p != null) {
                    return p;
                }
            }
        }
        boolean anonymous = toks.stream().anyMatch(t -> ANON.contains(t.toLowerCase(Locale.ROOT)));
        boolean definite = lw.startsWith("the ");
        String country = null, org = null, family = null, title = null;
        for (int i = 0; i < toks.size(); ) {
            Gazetteer.Match g = gaz.match(toks, i);
            if (g != null) {
                if (g.institution() != null && org == null) {
                    org = g.institution().canonical() + ":" + g.institution().code();
                    if (country == null) {
                        country = g.institution().country();
                    }
                } else if (g.stateCode() != null && country == null) {
                    country = g.stateCode();
                }
                i = g.end();
                continue;
            }
            Titles.Title t = gaz.title(toks, i);
            if (t != null) {
                if (family == null || "MINISTER".equals(family)) {
                    family = t.family();
                }
                title = String.join(" ", toks.subList(i, i + t.length()));
                i += t.length();
                continue;
            }
            i++;
        }
        if ("FOREIGN".equals(family) && country == null && title != null && title.equalsIgnoreCase("Secretary of State")) {
            country = "US"; // the title is American; elsewhere it is a foreign minister or foreign secretary
        }
        if (anonymous && "FOREIGN".equals(family)) {
            Party p = resolveRole(country, family, title, offset, null); // "Russia's top diplomat"
            if (p != null) {
                return p;
            }
        }
        if (anonymous && !(definite && "SPOKES".equals(family))) {
            return null; // an anonymous source stays as written
        }
        if ("SPOKES".equals(family)) {
            Party p = resolveSpokes(w, country, offset);
            if (p != null) {
                return p;
            }
        }
        if (family != null) {
            Party p = resolveRole(country, family, title, offset, null);
            if (p == null && country != null && !"SPOKES".equals(family)) {
                // "the Secretary of State" for the American the text named only as "his American counterpart"
                p = untitledOf(country, offset);
            }
            return p;
        }
        if (org != null) {
            Party p = byKey.get("O:" + org);
            return p;
        }
        return null; // a state ("the US") stays as written
    }

    /** A participant for words the index cannot tie to anyone it knows: anonymous sources, offices, plain names. */
    private ExtractedParticipant asWritten(String words) {
        String w = words.strip().replaceAll("[,.:;]+$", "");
        List<String> toks = List.of(w.split("\\s+"));
        String country = null, org = null;
        boolean inst = false;
        for (int i = 0; i < toks.size(); ) {
            Gazetteer.Match g = gaz.match(toks, i);
            if (g != null) {
                if (g.institution() != null && org == null) {
                    org = g.institution().canonical();
                    inst = true;
                    if (country == null) {
                        country = g.institution().country();
                    }
                } else if (g.stateCode() != null && country == null) {
                    country = g.stateCode();
                }
                i = g.end();
            } else {
                i++;
            }
        }
        boolean anonymous = toks.stream().anyMatch(t -> ANON.contains(t.toLowerCase(Locale.ROOT)));
        if (anonymous) {
            return new ExtractedParticipant(w, ParticipantKind.PERSON, null, org, country, List.of());
        }
        String bare = w.replaceFirst("(?i)^the\\s+", "");
        String last = toks.get(toks.size() - 1).toLowerCase(Locale.ROOT);
        if (inst || GOVERNMENT_WORDS.contains(last)) {
            return new ExtractedParticipant(bare, ParticipantKind.ORGANIZATION, null, null, country, List.of());
        }
        if (country != null && gaz.countryOf(bare) != null) {
            return new ExtractedParticipant(bare, ParticipantKind.COUNTRY, null, null, country, List.of());
        }
        // a name with its title: drop the title words
        List<String> keep = new ArrayList<>();
        for (String t : bare.split("\\s+")) {
            if (!Names.HONORIFICS.contains(t.toLowerCase(Locale.ROOT)) && !gaz.isTitleWord(t)) {
                keep.add(t);
            }
        }
        String name = keep.isEmpty() ? bare : String.join(" ", keep);
        if (!keep.isEmpty() && Names.isCapitalised(keep.get(0))) {
            return new ExtractedParticipant(name, ParticipantKind.PERSON, null, null, country, List.of());
        }
        return new ExtractedParticipant(bare, ParticipantKind.PERSON, null, org, country, List.of());
    }
}
