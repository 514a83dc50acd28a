package dev.readout.extraction.people;

import dev.readout.extraction.quote.QuoteScanner;

import java.util.List;

/** Character spans inside quotation marks, as the quote attributor reads them ({@link QuoteScanner}). */
final class QuoteSpans {

    private QuoteSpans() {
    }

    static List<int[]> find(String text) {
        return QuoteScanner.outerSpans(text);
    }
}
