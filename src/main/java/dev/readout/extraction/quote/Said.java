package dev.readout.extraction.quote;

import dev.readout.extraction.ExtractedStatement;

/** A statement already made in the article, with the quotation and the attribution it came from. */
record Said(QuoteScanner.Span span, Attribution attribution, ExtractedStatement statement) {
}
