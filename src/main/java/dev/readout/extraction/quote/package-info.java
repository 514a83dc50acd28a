/**
 * Quote attribution: every quotation of five or more words and who the article says said it, with channel, date and
 * character offsets. {@link dev.readout.extraction.quote.QuoteScanner} reads the quotation marks as news text prints
 * them, {@link dev.readout.extraction.quote.AttributionFinder} reads the "X said" around them from the pipeline's
 * tags, {@link dev.readout.extraction.quote.QuoteAttributor} pairs each quotation with its nearest attribution and
 * asks the article's {@link dev.readout.extraction.quote.SpeakerResolver} who the words name.
 */
package dev.readout.extraction.quote;
