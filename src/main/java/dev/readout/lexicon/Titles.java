package dev.readout.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The roles people are named with ({@code titles.tsv}), by family: "Secretary of State" is FOREIGN, "Chief Minister"
 * SUBNATIONAL. The family lets a role reference find the person an article names; {@link #level} says what the office
 * makes of its holder in diplomacy. Immutable and shared.
 */
public final class Titles {

    /**
     * A title phrase found in a token list: its family, length in tokens, and whether it names several holders
     * ("Foreign Ministers", "actors"; its head noun is plural: "Minister of Foreign Affairs" is one minister).
     */
    public record Title(String family, int length, boolean plural) {

        public Title(String family, int length) {
            this(family, length, false);
        }
    }

    private static final int MAX_WORDS = 8;
    private static final Titles SHARED = new Titles();

    private final Map<String, String> families = new HashMap<>();
    /** the first word of every title: most tokens start none, and are passed over at once */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();

    private Titles() {
        for (String[] row : LexiconFile.rows("titles.tsv")) {
            for (String f : row[1].split("\\|")) {
                families.putIfAbsent(normalize(f), row[0]);
            }
        }
        families.keySet().forEach(k -> firstWords.add(k.split(" ")[0]));
    }

    public static Titles shared() {
        return SHARED;
    }

    /**
     * The longest title phrase starting at token {@code i}, or null. A phrase whose last word is a plural of a title's
     * ("Foreign Ministers", "actors", "secretaries") matches as that title, plural.
     */
    public Title match(List<String> words, int i) {
        String first = normalize(words.get(i));
        if (!firstWords.contains(first) && singulars(first).stream().noneMatch(firstWords::contains)) {
            return null;
        }
        int max = Math.min(MAX_WORDS, words.size() - i);
        String[] phrases = new String[max + 1];
        StringBuilder sb = new StringBuilder(first);
        phrases[1] = first;
        for (int n = 2; n <= max; n++) {
            phrases[n] = sb.append(' ').append(normalize(words.get(i + n - 1))).toString();
        }
        for (int n = max; n >= 1; n--) {
            String phrase = phrases[n];
            String fam = families.get(phrase);
            if (fam != null) {
                return new Title(fam, n, pluralHead(phrase));
            }
            for (String singular : singulars(phrase)) {
                fam = families.get(singular);
                if (fam != null) {
                    return new Title(fam, n, true);
                }
            }
        }
        return null;
    }

    /** "ministers" → "minister", "secretaries" → "secretary", "actresses" → "actress"; nothing for "affairs" alone. */
    private static List<String> singulars(String phrase) {
        if (phrase.length() < 4 || !phrase.endsWith("s") || phrase.endsWith("ss")) {
            return List.of();
        }
        String stem = phrase.substring(0, phrase.length() - 1);
        if (phrase.endsWith("ies")) {
            return List.of(phrase.substring(0, phrase.length() - 3) + "y", stem);
        }
        if (phrase.endsWith("sses") || phrase.endsWith("ches") || phrase.endsWith("shes")) {
            return List.of(phrase.substring(0, phrase.length() - 2));
        }
        return List.of(stem);
    }

    /**
     * Whether a lexicon title names several holders: its head is plural ("lawmakers", "service chiefs"). The head is
     * the last word, or the word before "of"/"for" when the last word is no title ("Minister of Foreign Affairs").
     */
    private boolean pluralHead(String phrase) {
        String[] ws = phrase.split(" ");
        String head = ws[ws.length - 1];
        if (!families.containsKey(head)) {
            for (int k = 1; k < ws.length; k++) {
                if (ws[k].equals("of") || ws[k].equals("for")) {
                    head = ws[k - 1];
                    break;
                }
            }
        }
        return head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") || head.endsWith("people");
    }

    /** The family of a whole phrase ("Secretary of State" → FOREIGN), or null. */
    public String familyOf(String phrase) {
        return families.get(normalize(phrase));
    }

    public boolean isTitleWord(String token) {
        return families.containsKey(normalize(token));
    }

    /** The level a title family gives its holder. */
    public static Level level(String family) {
        if (family == null) {
            return Level.UNKNOWN;
        }
        return switch (family) {
            case "HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "VICE", "LEADER" -> Level.LEADER;
            case "FOREIGN", "DEFENSE", "SECURITY", "MINISTER" -> Level.MINISTER;
            case "AMBASSADOR" -> Level.ENVOY;
            case "SPOKES" -> Level.SPOKESPERSON;
            case "MILITARY" -> Level.MILITARY;
            case "SUBNATIONAL" -> Level.SUBNATIONAL;
            case "LEGISLATOR" -> Level.LEGISLATOR;
            case "PARTY" -> Level.PARTY;
            case "NONSTATE", "KIN" -> Level.NONSTATE;
            default -> Level.UNKNOWN;
        };
    }

    static String normalize(String s) {
        return Gazetteer.normalize(s);
    }

}
