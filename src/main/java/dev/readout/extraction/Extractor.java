package dev.readout.extraction;

import java.time.LocalDate;

/**
 * Reads one article and returns what it reports. A pure function: no Spring, no database, no state
 * between calls beyond the language models it loads once.
 */
public interface Extractor {

    /**
     * @param text        the article text the extractor reads: the stored text with page junk blanked out by
     *                    spaces, so it has the stored text's length and every offset points into the stored text
     * @param publishedOn the publication date, or null when unknown (relative dates then stay unresolved)
     */
    Extraction extract(String text, LocalDate publishedOn);

    /** Bumped whenever the output for the same input may change; stored articles of an older version are re-extracted. */
    String version();
}
