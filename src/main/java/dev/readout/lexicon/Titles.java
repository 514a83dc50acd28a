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

    /** A title phrase found in a token list: its family and length in tokens. */
    public record Title(String family, int length) {
    }

    private static final int MAX_WORDS = 8;
    private static final Titles SHARED = new Titles();

    private final Map<String, String> families = new HashMap<>();

    private Titles() {
        for (String[] row : LexiconFile.rows("titles.tsv")) {
            for (String f : row[1].split("\\|")) {
                families.putIfAbsent(normalize(f), row[0]);
            }
        }
    }

    public static Titles shared() {
        return SHARED;
    }

    /** The longest title phrase starting at token {@code i}, or null. */
    public Title match(List<String> words, int i) {
        for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
            String fam = families.get(join(words, i, i + n));
            if (fam != null) {
                return new Title(fam, n);
            }
        }
        return null;
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
        return s.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static String join(List<String> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < to; j++) {
            if (j > from) {
                sb.append(' ');
            }
            sb.append(normalize(words.get(j)));
        }
        return sb.toString();
    }
}
