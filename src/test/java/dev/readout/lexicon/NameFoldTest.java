package dev.readout.lexicon;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NameFold#fold} of ASCII text, which skips its regular expressions, gives what the regular expressions give
 * (the reference below is fold as it was written before that path): fixed cases, then random strings over every ASCII
 * character, control characters and all.
 */
class NameFoldTest {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private static String reference(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        return NON_WORD.matcher(t).replaceAll(" ").trim();
    }

    @Test
    void asciiFoldsAsTheRegularExpressionsDo() {
        for (String s : new String[]{"", " ", "...", "Antony J. Blinken", "  U.S.-led talks, in Geneva!  ",
                "O'Leary's", "met_Lavrov\tin\nMoscow\u0000", "A1 b2 C3", "ZZ", "\u007f x \u001f"}) {
            assertThat(NameFold.fold(s)).as(s).isEqualTo(reference(s));
        }
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            char[] cs = new char[r.nextInt(40)];
            for (int j = 0; j < cs.length; j++) {
                // mostly letters and spaces, as text is, and any ASCII character now and then
                int k = r.nextInt(10);
                cs[j] = k < 5 ? (char) ('a' + r.nextInt(26)) : k < 7 ? (char) ('A' + r.nextInt(26)) : k < 8 ? ' '
                        : (char) r.nextInt(128);
            }
            String s = new String(cs);
            assertThat(NameFold.fold(s)).as(s).isEqualTo(reference(s));
        }
    }

    @Test
    void otherTextStillFoldsThroughTheRegularExpressions() {
        for (String s : new String[]{"Zelénskyy’s", "Ünal Çelik", "Сергей Лавров", "ＡＢＣ", "ﬁne", "a\u0301b"}) {
            assertThat(NameFold.fold(s)).as(s).isEqualTo(reference(s));
        }
    }
}
