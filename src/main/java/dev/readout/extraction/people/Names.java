package dev.readout.extraction.people;

import dev.readout.lexicon.NameFold;
import dev.readout.lexicon.PersonWords;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.readout.lexicon.PersonWords.Class.PATRONYMIC;

/**
 * Spelling-tolerant comparison of person names: "Shoygu" ~ "Shoigu", "Zelenskyy" ~ "Zelensky", accents ignored; the
 * word that identifies a person ("Faisal bin Farhan" by given name and father's name, "KISHIDA Fumio" by the family
 * name the text writes in capitals, others by the last word); whether two full names can be one person.
 */
public final class Names {

    private static final Set<String> SUFFIXES = Set.of("ii", "iii", "iv", "jr", "sr");

    private Names() {
    }

    /** Folded words of a string ({@link NameFold#words}). */
    public static List<String> fold(String s) {
        return NameFold.words(s);
    }

    /** Transliteration-tolerant key of one folded name word ({@link NameFold#key}). */
    public static String key(String token) {
        return NameFold.key(token);
    }

    /** Folded words without a generational or regnal suffix ("Lloyd J. Austin III" → lloyd, j, austin). */
    static List<String> words(String name) {
        List<String> f = fold(name);
        while (f.size() > 1 && SUFFIXES.contains(f.get(f.size() - 1))) {
            f = f.subList(0, f.size() - 1);
        }
        return f;
    }

    /** The key of a name's last word ("Sergey Shoygu" → "shoigu"), or "" when it has none. */
    public static String surnameKey(String name) {
        List<String> f = words(name);
        return f.isEmpty() ? "" : key(f.get(f.size() - 1));
    }

    /**
     * The key that identifies a person within an article. Patronymic names by given name and father's name ("Faisal
     * bin Farhan", "Faisal bin Farhan bin Abdullah Al Saud" → "faisal|farhan"), so the longer and shorter forms are
     * one person; a family name written in capitals beside given names in ordinary case ("KISHIDA Fumio") by that
     * family name; otherwise by the last word ({@link #surnameKey}). "" when the name has no word.
     */
    static String personKey(String written) {
        List<String> f = words(written);
        if (f.isEmpty()) {
            return "";
        }
        for (int i = 1; i + 1 < f.size(); i++) {
            if (PersonWords.is(PATRONYMIC, f.get(i))) {
                return key(f.get(0)) + "|" + key(f.get(i + 1));
            }
        }
        String[] ws = written.strip().split("\\s+");
        String caps = null;
        boolean mixed = false;
        for (String w : ws) {
            if (w.chars().filter(Character::isLetter).count() >= 3 && allCaps(w)) { // not an initial ("W.", "S")
                caps = caps == null ? w : caps;
            } else if (hasLetter(w) && w.length() >= 2) {
                mixed = true;
            }
        }
        if (caps != null && mixed) {
            List<String> c = fold(caps);
            if (!c.isEmpty()) {
                return key(c.get(c.size() - 1));
            }
        }
        return key(f.get(f.size() - 1));
    }

    /**
     * Whether two names can be one person: one of them is a single word, or the first word of each appears in the
     * other ("Tayyip Erdogan" ~ "Recep Tayyip Erdogan", "KISHIDA Fumio" ~ "Fumio Kishida"), or the first words match
     * allowing an initial, a short form or a one-letter slip ("J. Biden", "Tony"/"Antony", "Volodymr"/"Volodymyr").
     * "Uhuru Kenyatta" and "Jomo Kenyatta", "Bill Clinton" and "Hillary Clinton" are two people.
     */
    static boolean sameGiven(String a, String b) {
        List<String> fa = given(a), fb = given(b);
        if (fa.size() < 2 || fb.size() < 2) {
            return true;
        }
        String ka = key(fa.get(0)), kb = key(fb.get(0));
        if (fa.stream().anyMatch(w -> key(w).equals(kb)) || fb.stream().anyMatch(w -> key(w).equals(ka))) {
            return true;
        }
        String ga = fa.get(0), gb = fb.get(0);
        if (ga.length() == 1 || gb.length() == 1) {
            return ga.charAt(0) == gb.charAt(0);
        }
        String shorter = ga.length() <= gb.length() ? ga : gb, longer = ga.length() <= gb.length() ? gb : ga;
        return shorter.length() <= 3 || longer.startsWith(shorter) || longer.endsWith(shorter) || oneSlip(ga, gb);
    }

    /** Folded name words without particles ("bin", "von", "da" are no given names). */
    private static List<String> given(String name) {
        return words(name).stream().filter(w -> !PersonWords.is(PersonWords.Class.PARTICLE, w)
                && !PersonWords.is(PATRONYMIC, w)).toList();
    }

    /** One letter inserted, dropped or changed: "Volodymr" ~ "Volodymyr", "Jaishnkar" ~ "Jaishankar". */
    static boolean oneSlip(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    public static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    public static boolean hasLetter(String word) {
        return word.chars().anyMatch(Character::isLetter);
    }

    static boolean allCaps(String word) {
        return hasLetter(word) && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
