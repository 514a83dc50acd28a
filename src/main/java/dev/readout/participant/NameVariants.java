package dev.readout.participant;

import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.NameFold;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ways real text writes one person's name differently, beyond titles and transliteration keys: spacing and
 * hyphens in romanised names, family-name-first order, a patronymic or dynasty name added ("Faisal bin Farhan Al
 * Saud"), a place the crawl glued after the name ("Wang Yi Washington"), and small spelling slips (string distance
 * from Apache Commons Text).
 */
final class NameVariants {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(3);
    /** Folded state names, adjectives and capitals (the one country table). */
    private static final Map<String, String> PLACES = Gazetteer.shared().stateForms();
    private static final int LONGEST_PLACE = 3;
    /**
     * No name word is longer; a longer "word" is text the extractor took for a name (a hostile article's 900,000
     * letters), and string distances over it would cost quadratic time.
     */
    static final int LONGEST_WORD = 40;

    private NameVariants() {
    }

    /**
     * The same syllables, keyed, in the same order or with the last word moved to the front: "Moon Jae In" = "Moon
     * Jae-in" = "Jae-in Moon", "Kim Jong Un" = "Kim Jong-un". Needs three syllables, so "Wang Yi" and "Yi Wang"
     * remain the two-name order rule's.
     */
    static boolean sameSyllables(PersonName x, PersonName y) {
        if (flat(x.syllables()).size() < 3 || flat(y.syllables()).size() < 3) {
            return false;
        }
        String a = compact(flat(x.syllables())), b = compact(flat(y.syllables()));
        return a.equals(b) || a.equals(compact(rotated(y))) || compact(rotated(x)).equals(b);
    }

    /**
     * Three or more syllables that line up one to one, each alike or a slip apart ({@link #similarGiven}):
     * "Hossein Amir-Abdollahian" / "Hussein Amir Abdollahian".
     */
    static boolean similarSyllables(PersonName x, PersonName y) {
        List<String> a = flat(x.syllables()), b = flat(y.syllables());
        if (a.size() < 3 || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!NameFold.key(a.get(i)).equals(NameFold.key(b.get(i))) && !similarGiven(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The lookup keys that {@link #sameSyllables} needs: the compact form as written and with the last word first. */
    static List<String> syllableKeys(PersonName p) {
        List<String> keys = new ArrayList<>();
        if (flat(p.syllables()).size() >= 3) {
            keys.add(compact(flat(p.syllables())));
            keys.add(compact(rotated(p)));
        }
        return keys;
    }

    private static List<String> flat(List<List<String>> words) {
        List<String> out = new ArrayList<>();
        words.forEach(out::addAll);
        return out;
    }

    private static String compact(List<String> syllables) {
        StringBuilder sb = new StringBuilder();
        syllables.forEach(s -> sb.append(NameFold.key(s)));
        return sb.toString();
    }

    /** The syllables with the last written word moved to the front ("Jae-in Moon" → moon, jae, in). */
    private static List<String> rotated(PersonName p) {
        List<List<String>> words = p.syllables();
        List<String> out = new ArrayList<>(words.get(words.size() - 1));
        out.addAll(flat(words.subList(0, words.size() - 1)));
        return out;
    }

    /** Family names shorter than this are too short to tell a slip from another name ("Tusk"/"Trump" are two). */
    static final int TYPO_MIN = 6;

    /** How one name extends another that is its first words. */
    enum Extension { NONE, PATRONYMIC, PLACE, OTHER }

    /**
     * Whether {@code longer} is {@code shorter} with words added at the end, the shorter keeping at least two name
     * words: a patronymic or family particle phrase ("bin Abdullah", "Al Saud", "da Silva": the same person), a
     * place ("Washington": glued by the crawl), or anything else (only a hint). Two names that share two or more
     * first words and then both go on with a particle ("Faisal bin Farhan Al Saud", "Faisal bin Farhan bin Abdullah")
     * are PATRONYMIC as well.
     */
    static Extension extension(PersonName a, PersonName b) {
        List<String> x = a.words(), y = b.words();
        int common = 0;
        while (common < x.size() && common < y.size() && sameWord(x.get(common), y.get(common))) {
            common++;
        }
        if (nameWords(x.subList(0, common)) < 2 || (common == x.size() && common == y.size())) {
            return Extension.NONE;
        }
        List<String> restX = x.subList(common, x.size()), restY = y.subList(common, y.size());
        if (!restX.isEmpty() && !restY.isEmpty()) {
            return startsWithParticle(restX) && startsWithParticle(restY) ? Extension.PATRONYMIC : Extension.NONE;
        }
        List<String> tail = restX.isEmpty() ? restY : restX;
        if (startsWithParticle(tail)) {
            return Extension.PATRONYMIC;
        }
        return isPlace(tail) ? Extension.PLACE : Extension.OTHER;
    }

    /** The name without a place glued at its end ("Wang Yi Washington" → "Wang Yi"), or null when none is. */
    static String withoutGluedPlace(String written) {
        PersonName p = PersonName.parse(written);
        if (p == null || p.words().size() < 3) {
            return null;
        }
        List<String> w = p.words();
        for (int n = Math.min(LONGEST_PLACE, w.size() - 2); n >= 1; n--) {
            if (isPlace(w.subList(w.size() - n, w.size()))) {
                String[] shown = p.display().split("\\s+");
                if (shown.length == w.size()) {
                    return String.join(" ", java.util.Arrays.copyOf(shown, shown.length - n));
                }
                return String.join(" ", w.subList(0, w.size() - n));
            }
        }
        return null;
    }

    private static boolean isPlace(List<String> words) {
        return words.size() <= LONGEST_PLACE && PLACES.containsKey(String.join(" ", words));
    }

    private static boolean startsWithParticle(List<String> words) {
        return words.size() >= 2 && PersonName.PARTICLES.contains(words.get(0));
    }

    private static int nameWords(List<String> words) {
        return (int) words.stream().filter(w -> !PersonName.PARTICLES.contains(w)).count();
    }

    private static boolean sameWord(String a, String b) {
        return NameFold.key(a).equals(NameFold.key(b));
    }

    /**
     * Two spellings of one given or middle name that differ by a slip or a transliteration the key does not cover:
     * "Hossein"/"Hussein", "Benjamin"/"Binyamin", "Volodymr"/"Volodymyr". Short names never are ("Joe"/"Jill",
     * "Jong-un"/"Jong-il" differ by whole syllables).
     */
    static boolean similarGiven(String a, String b) {
        if (a.length() < 5 || b.length() < 5 || a.length() > LONGEST_WORD || b.length() > LONGEST_WORD) {
            return false;
        }
        int keys = LEVENSHTEIN.apply(NameFold.key(a), NameFold.key(b));
        return keys >= 0 && keys <= 1 && JARO_WINKLER.apply(a, b) >= 0.84;
    }

    /** Two spellings of one middle name, which matter least: "Cissoko"/"Sissoco". */
    static boolean similarMiddle(String a, String b) {
        if (a.length() < 5 || b.length() < 5 || a.length() > LONGEST_WORD || b.length() > LONGEST_WORD) {
            return false;
        }
        int d = LEVENSHTEIN.apply(NameFold.key(a), NameFold.key(b));
        return d >= 0 && d <= 2;
    }

    /**
     * A family name one letter off ("Blinke"/"Blinken"): the same first letter, six letters or more. Such a typo is
     * also how two relatives' names differ ("Ivanov"/"Ivanova"), so callers need the role or country to agree.
     */
    static boolean familyTypo(String a, String b) {
        if (a.length() < TYPO_MIN || b.length() < TYPO_MIN || a.length() > LONGEST_WORD || b.length() > LONGEST_WORD
                || a.charAt(0) != b.charAt(0) || a.equals(b)) {
            return false;
        }
        int raw = LEVENSHTEIN.apply(a, b);
        int keys = LEVENSHTEIN.apply(NameFold.key(a), NameFold.key(b));
        return (raw >= 0 && raw <= 1) || (keys >= 0 && keys <= 1);
    }

    /**
     * Keys under which a family name one letter off is found: the name and every form with one letter left out
     * (symmetric deletion: two names one edit apart always share one).
     */
    static List<String> typoKeys(String family) {
        List<String> keys = new ArrayList<>();
        if (family.length() < TYPO_MIN || family.length() > LONGEST_WORD) {
            return keys;
        }
        keys.add(family);
        for (int i = 0; i < family.length(); i++) {
            keys.add(family.substring(0, i) + family.substring(i + 1));
        }
        return keys;
    }
}
