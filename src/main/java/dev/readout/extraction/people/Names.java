package dev.readout.extraction.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Spelling-tolerant comparison of name tokens: "Shoygu" ~ "Shoigu", "Zelenskyy" ~ "Zelensky", accents ignored. */
public final class Names {

    private Names() {
    }

    /** Honorifics that precede a name but are not part of it. */
    public static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
            "gen", "gen.", "general", "lt", "lt.", "col", "col.", "adm", "adm.", "admiral", "sen", "sen.", "senator",
            "rep", "rep.", "gov", "gov.", "governor", "mayor", "prof", "prof.", "madam", "mme", "sheikh", "lord", "lady",
            "minister", "president", "secretary", "chancellor", "premier", "king", "queen", "prince", "pm");

    /** Lower-case ASCII words of a string, as the reference scorer folds names. */
    public static List<String> fold(String s) {
        // as the reference scorer: NFKD, non-ASCII dropped (so "Russia’s" folds to "russias"), then non-alphanumerics
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        t = t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]+", " ").strip();
        List<String> out = new ArrayList<>();
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Transliteration-tolerant key of one folded name token. */
    public static String key(String token) {
        String t = token.replace('y', 'i').replace('j', 'i').replace("ph", "f");
        t = t.replaceAll("(.)\\1+", "$1");
        String s = t.replaceAll("i+$", "");
        return s.isEmpty() ? t : s;
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
