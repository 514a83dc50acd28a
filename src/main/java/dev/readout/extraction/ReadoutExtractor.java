package dev.readout.extraction;

import java.time.LocalDate;

/**
 * Readout's extractor: the language pipeline, then call detection and quote attribution over its output.
 */
public final class ReadoutExtractor implements Extractor {

    /** Bump when output for the same input may change: stored articles of an older version get re-extracted. */
    public static final String VERSION = "0";

    @Override
    public Extraction extract(String text, LocalDate publishedOn) {
        // Filled by the extraction engine (issue 3). Until then articles have no calls: none are invented.
        return Extraction.empty();
    }

    @Override
    public String version() {
        return VERSION;
    }
}
