package dev.readout.extraction.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The quotation marks as news text prints them; no language model needed. */
class QuoteScannerTest {

    private static List<String> quotes(String text) {
        return QuoteScanner.scan(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void curlyStraightSingleAndGuillemetQuotations() {
        assertThat(quotes("He said “the border stays open”, and later \"we will see\" and ‘not today’ and «pas encore»."))
                .containsExactly("the border stays open", "we will see", "not today", "pas encore");
    }

    @Test
    void apostrophesAndPossessivesAreNotQuotationMarks() {
        assertThat(quotes("The allies’ plan isn't Norway's and didn’t change the ministers' view.")).isEmpty();
        assertThat(quotes("It was the ‘last chance’ for the region’s farmers.")).containsExactly("last chance");
    }

    @Test
    void aQuotationInsideAQuotationBelongsToTheOuterOne() {
        String t = "Jones said: “They called it a ‘special operation’ and a “peacekeeping” mission, which it is not.”";
        assertThat(quotes(t)).containsExactly(
                "They called it a ‘special operation’ and a “peacekeeping” mission, which it is not.");
    }

    @Test
    void straightClosingMarkAfterCurlyOpeningMark() {
        assertThat(quotes("The envoys “agreed that the ceasefire must hold through the winter\". Then they left."))
                .containsExactly("agreed that the ceasefire must hold through the winter");
    }

    @Test
    void missingOpeningMarkRunsBackToThePreviousQuotation() {
        String t = "The agency said the talks were held “at the request of the other side.”Security in the region was discussed,” it said.";
        assertThat(quotes(t)).containsExactly("at the request of the other side.", "Security in the region was discussed,");
        QuoteScanner.Span second = QuoteScanner.scan(t).get(1);
        assertThat(second.openMark()).isEqualTo(-1);
    }

    @Test
    void missingOpeningMarkAtParagraphStartRunsFromTheParagraphStart() {
        String t = "No deals behind closed doors, only open talks,” the minister remarked.";
        assertThat(quotes(t)).containsExactly("No deals behind closed doors, only open talks,");
    }

    @Test
    void missingClosingMarkRunsToTheParagraphEndButNotOverTheAttribution() {
        assertThat(quotes("Later she called it “a very hard week for everyone\nNext paragraph."))
                .containsExactly("a very hard week for everyone");
        assertThat(quotes("“We will not give up an inch of our land, Petrenko said on Monday."))
                .containsExactly("We will not give up an inch of our land");
    }

    @Test
    void aParagraphLeftOpenContinuesIntoTheNextParagraphThatOpensWithAMark() {
        String t = "Jones told reporters: “The talks were long and difficult.\n\n“But we made real progress on prisoners.”\n\nOther news.";
        List<QuoteScanner.Span> spans = QuoteScanner.scan(t);
        assertThat(spans).hasSize(1);
        assertThat(t.substring(spans.get(0).start(), spans.get(0).end()))
                .isEqualTo("The talks were long and difficult.\n\n“But we made real progress on prisoners.");
        assertThat(spans.get(0).paragraph()).isZero();
        assertThat(spans.get(0).endParagraph()).isEqualTo(1);
    }

    @Test
    void anOpeningGlyphAtTheParagraphEndClosesTheOpenQuotation() {
        assertThat(quotes("“We hope to meet in person next time. “")).containsExactly("We hope to meet in person next time.");
    }

    @Test
    void wordsCountOnlyPiecesWithLettersOrDigits() {
        assertThat(QuoteScanner.words("We made multiple — multiple — attempts")).isEqualTo(5);
        assertThat(QuoteScanner.words("reinforce NATO’s eastern flank")).isEqualTo(4);
    }

    @Test
    void aLineWrappedInsideASentenceRunsOnIntoTheNextLine() {
        String t = "\"The fact\nthat the delegation is so large,\" Lula said.\nNext line.\n\nA new paragraph";
        assertThat(QuoteScanner.paragraphs(t)).hasSize(3);
        assertThat(quotes(t)).containsExactly("The fact\nthat the delegation is so large,");
    }

    @Test
    void aDoubleMarkOpeningInsideAnUnclosedDoubleQuotationIsAStrayMark() {
        // the outer quotation would otherwise never close: the inner mark opened a paragraph the crawl ran in
        assertThat(quotes("\"We want closer ties. Trade has grown \"Therefore, I value this visit,\" the president said."))
                .containsExactly("We want closer ties. Trade has grown \"Therefore, I value this visit,");
        // a quotation nested with the same marks that closes is left as it is
        assertThat(quotes("He said: “They called it a “peacekeeping” mission, which it is not.”"))
                .containsExactly("They called it a “peacekeeping” mission, which it is not.");
    }

    @Test
    void aFewQuotedWordsLeftOpenInsideARunningSentenceDoNotSwallowTheSentencesAfterThem() {
        // the crawl lost the closing mark after "the region."; the minister's plan is the article's own words, and the
        // quotation that follows is the spokesman's
        assertThat(quotes("Ties matter for shared interests \"in the region. In Lima, the minister hopes to see the "
                + "president \"to talk about trade and water,\" said the spokesman."))
                .containsExactly("to talk about trade and water,");
        // a quotation opened at a sentence's start keeps the later mark as a stray one (the rule above)
        assertThat(quotes("\"We want closer ties. Trade has grown \"Therefore, I value this visit,\" the president said."))
                .hasSize(1);
    }

    @Test
    void firstPersonWordsEndedByADashAndASpeakerAreAQuotation() {
        assertThat(quotes("We must work together to protect the grid - Zelensky said."))
                .containsExactly("We must work together to protect the grid");
        assertThat(quotes("The leaders discussed the grid in detail - the ministry said.")).isEmpty();
    }
}
