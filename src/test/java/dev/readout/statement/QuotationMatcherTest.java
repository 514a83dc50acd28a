package dev.readout.statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotationMatcherTest {

    static final String TWEET = "The American leadership on anti-Russian sanctions and defense assistance to Ukraine was discussed. "
            + "We must stop the aggressor as soon as possible. Thank you for your support!";

    @Test
    void punctuationQuoteStyleCaseAndAccentsDoNotMatter() {
        assertThat(QuotationMatcher.sameQuotation("We didn’t get to see one another", "we didn't get to see one another."))
                .isTrue();
        assertThat(QuotationMatcher.sameQuotation("“Good to see you again,”", "\"Good to see you again\"")).isTrue();
        assertThat(QuotationMatcher.sameQuotation("Zelenskyy’s government is not going anywhere", "ZELENSKYY'S GOVERNMENT — is not going anywhere"))
                .isTrue();
        assertThat(QuotationMatcher.key("Ça va, Mr. Président!")).isEqualTo("ca va mr president");
        assertThat(QuotationMatcher.key("We believe President [Vladimir] Putin is preparing")).isEqualTo("we believe president putin is preparing");
    }

    @Test
    void truncationOfFiveWordsOrMore() {
        // one outlet quotes the whole tweet, another only its middle
        assertThat(QuotationMatcher.sameQuotation(TWEET, "We must stop the aggressor as soon as possible")).isTrue();
        assertThat(QuotationMatcher.sameQuotation("Just had a conversation with @POTUS. " + TWEET, TWEET)).isTrue();
        // too short to tell
        assertThat(QuotationMatcher.sameQuotation(TWEET, "Thank you for your")).isFalse();
        // elided quotation: its parts in order
        assertThat(QuotationMatcher.sameQuotation("The American leadership on anti-Russian sanctions... Thank you for your support!", TWEET)).isTrue();
        assertThat(QuotationMatcher.sameQuotation("Thank you for your support... The American leadership on anti-Russian sanctions", TWEET)).isFalse();
    }

    @Test
    void differentWordsAreDifferentStatements() {
        // two translations of the same remark are not the same quotation
        assertThat(QuotationMatcher.sameQuotation("like talking to a deaf person", "a talk of a mute with a deaf")).isFalse();
        assertThat(QuotationMatcher.sameQuotation("Nice to meet you again", "Good to see you again")).isFalse();
    }

    @Test
    void sameSpeakerRequired() {
        assertThat(QuotationMatcher.sameStatement("zelensky", TWEET, "zelensky", "we must stop the aggressor as soon as possible")).isTrue();
        assertThat(QuotationMatcher.sameStatement("zelensky", TWEET, "white-house", TWEET)).isFalse();
        assertThat(QuotationMatcher.sameStatement(null, TWEET, null, TWEET)).isFalse();
    }

    @Test
    void shinglesFindTruncatedReports() {
        assertThat(QuotationMatcher.shingles(TWEET))
                .containsAnyElementsOf(QuotationMatcher.shingles("we must stop the aggressor as soon"));
        assertThat(QuotationMatcher.shingles("Good to see you")).containsExactly("good to see you");
    }
}
