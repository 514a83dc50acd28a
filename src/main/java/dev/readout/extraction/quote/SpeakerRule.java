package dev.readout.extraction.quote;

import dev.readout.extraction.ExtractedParticipant;

import java.util.List;

/**
 * One check on the participant the resolver made of an attribution's words ("the premier's office" is an office, not
 * the premier; "the minister" who tweets "Met the Chinese foreign minister" is not the Chinese minister). The
 * {@link QuoteAttributor} runs the {@link SpeakerRules} in order; each may replace the participant.
 */
interface SpeakerRule {

    String name();

    /**
     * @param q        the article
     * @param span     the quotation
     * @param a        its attribution (antecedents already applied)
     * @param resolved the participant so far (null: nobody)
     * @param said     the statements made so far
     * @return null to keep the participant, else the rule's decision
     */
    Decision check(ArticleQuotes q, Speakers speakers, QuoteScanner.Span span, Attribution a,
                   ExtractedParticipant resolved, List<Said> said);

    /** A rule's replacement participant (null: the quotation is left unattributed) and why. */
    record Decision(ExtractedParticipant participant, String rule) {
    }
}
