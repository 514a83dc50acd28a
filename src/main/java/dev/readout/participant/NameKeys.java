package dev.readout.participant;

import dev.readout.lexicon.NameFold;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names and texts for matching that ignores case, accents and punctuation: "Zelenskyy", "ZELENSKYY" and
 * "Zelénskyy" all fold to "zelenskyy"; "Antony J. Blinken" to "antony j blinken". Stored next to the original so the
 * embedded server, which has no collation, can match with a plain regex.
 */
public final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private NameKeys() {
    }

    public static String fold(String s) {
        return NameFold.fold(s);
    }
}
