package dev.readout.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The product's one way to compare names and texts: case, accents, apostrophes and punctuation ignored, and one
 * transliteration-tolerant key per name word. Extraction, participant resolution, filters and exports all fold
 * through here, so "Zelenskyy", "ZELENSKYY" and "Zelénskyy" are the same everywhere.
 */
public final class NameFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");

    private NameFold() {
    }

    /** Accent- and case-folded words: "Zelenskyy's" → [zelenskyy]; "U.S." → [u, s]; "O’Leary" → [o, leary]. */
    public static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String w : NON_WORD.split(POSSESSIVE.matcher(lower(s)).replaceAll(""))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The folded words joined by single spaces ("Antony J. Blinken" → "antony j blinken"). */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        if (ascii(s)) {
            return foldAscii(s);
        }
        return NON_WORD.matcher(lower(s)).replaceAll(" ").trim();
    }

    private static boolean ascii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #fold} of an ASCII string without its regular expressions, the same result: NFKD leaves ASCII as it is
     * and it holds no marks, its letters are A-Z and a-z and its decimal digits 0-9, so the folding is: lower case,
     * each run of anything else one space, none at either end. The calls export folds every clause of every report
     * to code it (NameFold was a sixth of that coding), and reports are mostly ASCII.
     */
    private static String foldAscii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                word = true;
            }
            if (!word) {
                gap = true;
            } else {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String lower(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }

    /**
     * Transliteration-tolerant key of one folded name word: a general rewriting, not a list of pairs.
     * y/j→i, ph→f, kh→h, x→ks, w→v, th→t, ck→k; doubled letters collapsed; trailing i/e dropped.
     * So Shoigu~Shoygu, Zelensky~Zelenskyy~Zelenskiy, Sergey~Sergei, Dmitry~Dmitri, Yuri~Yury, Olexiy~Oleksii.
     */
    public static String key(String word) {
        String t = word.toLowerCase(Locale.ROOT);
        t = t.replace("ph", "f").replace("kh", "h").replace("ck", "k").replace("th", "t")
                .replace("x", "ks").replace("w", "v").replace('y', 'i').replace('j', 'i');
        t = t.replaceAll("(.)\\1+", "$1");
        String stripped = t.replaceAll("[ie]+$", "");
        return stripped.length() >= 2 ? stripped : t;
    }
}
