package dev.readout.participant;

import dev.readout.lexicon.NameFold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * A person's name as written, split into given names and a family name, with titles and honorifics stripped.
 *
 * <p>Word order: the last token is the family name ("Antony J. Blinken"), except when one token is written in
 * capitals in an otherwise mixed-case name ("KISHIDA Fumio"): that token is the family name. Names written
 * "Wang Yi" are kept as written; {@link #familyKeys()} then also offers the first token of any two-token name,
 * so a surname-only mention finds it whichever token is the family name.
 *
 * @param display     the name as written minus leading titles ("President Joe Biden" → "Joe Biden")
 * @param given       folded given and middle names, particles dropped ("antony", "j")
 * @param family      folded family name ("blinken"); never empty for a parsed name
 * @param familyFirst whether the family name was written first (capitals marking)
 * @param ambiguousOrder a name of exactly two full tokens ("Wang Yi", "Yoon Suk-yeol", "Joe Biden"): the first token
 *                    may be the family name, so a surname-only mention of either token finds it (and "Wang" alone
 *                    is then ambiguous between Wang Yi and Wang Wenbin, as it should be)
 * @param words       every folded word of the name in the order written, particles kept, hyphenated words joined
 *                    ("Faisal bin Farhan Al Saud" → faisal, bin, farhan, al, saud; "Moon Jae-in" → moon, jaein)
 * @param syllables   each of those words split at its hyphens ("Moon Jae-in" → [moon], [jae, in]): "Moon Jae In" is
 *                    the same name
 */
public record PersonName(String display, List<String> given, String family, boolean familyFirst,
                         boolean ambiguousOrder, List<String> words, List<List<String>> syllables) {

    /** Words that precede a name and are not part of it (folded). Stripped only from the front and only while a name remains. */
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam",
            "president", "vice", "prime", "minister", "secretary", "foreign", "defense", "defence", "state",
            "chancellor", "premier", "king", "queen", "prince", "princess", "sheikh", "emir", "pope",
            "gen", "general", "lt", "col", "colonel", "adm", "admiral", "maj", "major", "sen", "senator",
            "rep", "representative", "gov", "governor", "ambassador", "spokesperson", "spokesman", "spokeswoman",
            "deputy", "chief", "head", "leader", "chairman", "chairwoman", "chair", "director", "advisor", "adviser",
            "national", "security", "high", "external", "affairs", "interior", "finance",
            "of", "the", "and", "elect", "former", "acting", "his", "her", "counterpart",
            // nationality words that newspapers put before a title ("Ukrainian President", "US Secretary of State")
            "us", "uk", "eu", "american", "russian", "ukrainian", "british", "french", "german", "chinese",
            "israeli", "indian", "japanese", "turkish", "egyptian", "nigerian", "polish", "italian", "korean", "south");

    /** Name particles: not given names, not distinctive family names on their own. */
    static final Set<String> PARTICLES = Set.of("al", "el", "von", "van", "der", "den", "de", "da", "di", "du", "la", "le",
            "bin", "ibn", "dos", "das", "del");

    static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /**
     * Styles that, before a single name, are how the person is known ("Pope Francis", "Sheikh Hasina", "King Salman"):
     * stripped for matching like any title, but kept in the shown name when nothing but one name is left.
     */
    static final Set<String> STYLES = Set.of("pope", "king", "queen", "sheikh", "sheikha", "emir", "prince",
            "princess", "sultan", "ayatollah", "archbishop", "cardinal", "patriarch");

    /** Accent- and case-folded words ({@link NameFold#words}). */
    public static List<String> fold(String s) {
        return NameFold.words(s);
    }

    /** The folded string, words joined by single spaces. */
    public static String folded(String s) {
        return String.join(" ", fold(s));
    }

    /** The transliteration-tolerant key of one folded name word ({@link NameFold#key}). */
    public static String tokenKey(String token) {
        return NameFold.key(token);
    }

    /** Parsed names, kept because the matchers compare every alias with every other (bounded; cleared when full). */
    private static final Map<String, Optional<PersonName>> CACHE = new ConcurrentHashMap<>();

    /** Parses a person's name; returns null when nothing but titles is left. */
    public static PersonName parse(String written) {
        if (written == null) {
            return null;
        }
        if (CACHE.size() > 50_000) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(written, w -> Optional.ofNullable(doParse(w))).orElse(null);
    }

    private static PersonName doParse(String written) {
        String cleaned = written.replaceAll("\\([^)]*\\)", " ").trim();
        List<String> originals = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<List<String>> syllablesOf = new ArrayList<>();
        for (String r : cleaned.split("\\s+")) {
            String core = r.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "");
            // hyphenated: "Al-Sisi" → sisi (particle dropped), "Suk-yeol" → sukyeol (one given name)
            List<String> parts = new ArrayList<>();
            for (String h : core.split("-")) {
                String f = String.join("", fold(h));
                if (!f.isEmpty()) {
                    parts.add(f);
                }
            }
            while (parts.size() > 1 && PARTICLES.contains(parts.get(0))) {
                parts.remove(0);
            }
            if (parts.isEmpty()) {
                continue;
            }
            originals.add(core);
            words.add(String.join("", parts));
            syllablesOf.add(parts);
        }
        int start = 0;
        while (start < words.size() - 1 && isTitle(words.get(start))) {
            start++;
        }
        int end = words.size();
        // "Prime Minister Kaja Kallas of Estonia": the name ends before a trailing "of ..."
        for (int i = start + 1; i < words.size(); i++) {
            if (words.get(i).equals("of") && !isTitle(words.get(i - 1))) {
                end = i;
                break;
            }
        }
        while (end - 1 > start && SUFFIXES.contains(words.get(end - 1))) {
            end--;
        }
        if (start >= end || (end - start == 1 && isTitle(words.get(start)))) {
            return null;
        }
        List<String> orig = originals.subList(start, end);
        List<String> toks = words.subList(start, end);
        List<List<String>> syllables = new ArrayList<>();
        syllablesOf.subList(start, end).forEach(w -> syllables.add(List.copyOf(w)));
        int familyIdx = toks.size() - 1;
        boolean familyFirst = false;
        if (toks.size() > 1) {
            for (int i = 0; i < orig.size(); i++) {
                if (allCaps(orig.get(i)) && orig.get(i).replace(".", "").length() > 1) {
                    boolean othersMixed = true;
                    for (int j = 0; j < orig.size(); j++) {
                        if (j != i && allCaps(orig.get(j))) {
                            othersMixed = false;
                        }
                    }
                    if (othersMixed) {
                        familyIdx = i;
                        familyFirst = i < toks.size() - 1;
                        break;
                    }
                }
            }
        }
        List<String> given = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            // a particle before the family name is not a given name ("Ursula von der Leyen"); first it is ("Al Gore")
            if (i != familyIdx && (i == 0 || !PARTICLES.contains(toks.get(i)))) {
                given.add(toks.get(i));
            }
        }
        String display = String.join(" ", orig);
        if (toks.size() == 1 && start > 0 && STYLES.contains(words.get(start - 1))) {
            // "Pope Francis": the style is how a one-name person is known, so it stays in the shown name
            display = originals.get(start - 1) + " " + display;
        }
        if (familyFirst) {
            // show family-name-first names in the usual order with normal case: "KISHIDA Fumio" → "Fumio Kishida"
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < orig.size(); i++) {
                if (i != familyIdx) {
                    shown.add(orig.get(i));
                }
            }
            String f = orig.get(familyIdx);
            shown.add(f.charAt(0) + f.substring(1).toLowerCase(Locale.ROOT));
            display = String.join(" ", shown);
        }
        // "Wang Yi", "Yoon Suk-yeol": written as two names, either may be the family name; keep as written
        boolean ambiguousOrder = !familyFirst && toks.size() == 2 && given.size() == 1 && given.get(0).length() > 1;
        return new PersonName(display, List.copyOf(given), toks.get(familyIdx), familyFirst, ambiguousOrder,
                List.copyOf(toks), List.copyOf(syllables));
    }

    private static boolean allCaps(String o) {
        return o.chars().anyMatch(Character::isLetter)
                && o.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean isTitle(String w) {
        return TITLES.contains(w);
    }

    /** Whether only a family name is known ("Blinken", "President Biden"). */
    public boolean surnameOnly() {
        return given.isEmpty();
    }

    /** Given names that are more than an initial. */
    public List<String> fullGiven() {
        return given.stream().filter(g -> g.length() > 1).toList();
    }

    public String familyKey() {
        return tokenKey(family);
    }

    /**
     * Keys under which a surname-only mention of this person could be written: the family name's key, and for
     * a two-token name ({@link #ambiguousOrder}) also the first token's key.
     */
    public List<String> familyKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(familyKey());
        if (ambiguousOrder && !given.isEmpty()) {
            keys.add(tokenKey(given.get(0)));
        }
        return keys;
    }
}
