package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedStatement;

import java.util.List;

/**
 * Finds quotations of five or more words and who the article says said them. Readout's own rules: CoreNLP's quote
 * annotator is weak on news text.
 */
public final class QuoteAttributor {

    public List<ExtractedStatement> attribute(AnalyzedText text, SpeakerResolver speakers) {
        // Filled by the quote-attribution work (issue 3); until then no statements are reported, none invented.
        return List.of();
    }
}
