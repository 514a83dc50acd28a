package dev.readout.extraction.quote;

import java.util.List;

/**
 * One way a quotation finds its attribution ("…,” Price added", "Kirby said: “…”", the speaker of the paragraph
 * before going on). The {@link QuoteAttributor} tries the rules in order; the first with a choice decides.
 */
interface AssignmentRule {

    /** The rule's name, printed in the trace. */
    String name();

    /**
     * @param q     the article
     * @param span  the quotation
     * @param said  the statements made so far, in text order
     * @return null when the quotation is not this rule's case, else its choice
     */
    Choice choose(ArticleQuotes q, QuoteScanner.Span span, List<Said> said);

    /** The attribution a rule chose, or none when it decided the quotation is nobody's statement. */
    record Choice(Attribution attribution, String rule) {
    }
}
