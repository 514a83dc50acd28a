/**
 * Quote attribution: every quotation of five or more words and who the article says said it, with channel, date and
 * character offsets.
 *
 * <ul>
 *   <li>{@link dev.readout.extraction.quote.QuoteScanner} reads the quotation marks as news text prints them;</li>
 *   <li>{@link dev.readout.extraction.quote.AttributionFinder} reads the "X said" around them, one
 *       {@link dev.readout.extraction.quote.AttributionRules rule} per way of writing it, over an immutable
 *       {@link dev.readout.extraction.quote.Clause} per sentence;</li>
 *   <li>{@link dev.readout.extraction.quote.QuoteAttributor} pairs each quotation with an attribution by the
 *       {@link dev.readout.extraction.quote.AssignmentRules}, nearest first, ties "he" and "the readout" to an earlier
 *       speaker ({@link dev.readout.extraction.quote.Antecedents}), asks the article's
 *       {@link dev.readout.extraction.quote.SpeakerResolver} who the words name and checks the answer with the
 *       {@link dev.readout.extraction.quote.SpeakerRules}, and reads the channel and the day; its {@code run} keeps a
 *       trace of which rules decided each quotation.</li>
 *   <li>{@link dev.readout.extraction.quote.EmbeddedPosts} reads embedded tweets and posts by their author line.</li>
 * </ul>
 * The words (speech verbs, speaker nouns, channel cues) live in the lexicon: {@code dev.readout.lexicon.SpeechVerbs},
 * {@code SpeakerNouns}, {@code ChannelCues}.
 */
package dev.readout.extraction.quote;
