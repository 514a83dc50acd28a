package dev.readout.extraction.people;

import dev.readout.lexicon.NameFold;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Spelling-tolerant comparison of name tokens: "Shoygu" ~ "Shoigu", "Zelenskyy" ~ "Zelensky", accents ignored. */
public final class Names {

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

    /** The key of a name's last word ("Sergey Shoygu" → "shoigu"), or "" when it has none. */
    public static String surnameKey(String name) {
        List<String> f = fold(name);
        // a generational or regnal suffix is not the surname: "Lloyd J. Austin III" → "austin"
        while (f.size() > 1 && SUFFIXES.contains(f.get(f.size() - 1))) {
            f = f.subList(0, f.size() - 1);
        }
        return f.isEmpty() ? "" : key(f.get(f.size() - 1));
    }

    private static final Set<String> SUFFIXES = Set.of("ii", "iii", "iv", "jr", "sr");

    public static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    public static boolean hasLetter(String word) {
        return word.chars().anyMatch(Character::isLetter);
    }
}
