package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.StoredAnalyses;
import dev.readout.statement.StatementChannel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each phenomenon of quote attribution on short texts of its own, read from stored analyses ({@code Quotes.texts},
 * published Friday 2022-03-04): no model is loaded. The speaker words are checked as written (the people index, not
 * the attributor, turns them into participants).
 */
class QuoteAttributorTest {

    private static StoredAnalyses suite;

    @BeforeAll
    static void load() {
        suite = StoredAnalyses.suite("Quotes");
    }

    private static List<ExtractedStatement> attribute(String id) {
        AnalyzedText a = suite.get(id);
        List<ExtractedStatement> out = new QuoteAttributor().attribute(a, SpeakerResolver.asWritten());
        for (ExtractedStatement st : out) {
            assertThat(a.text().substring(st.start(), st.end())).isEqualTo(st.text());
        }
        return out;
    }

    private static List<String> speakers(List<ExtractedStatement> statements) {
        return statements.stream().map(ExtractedStatement::speakerText).toList();
    }

    @Test
    void attributionAfterTheQuotation() {
        List<ExtractedStatement> st = attribute("after-quote");
        assertThat(st).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("We will keep pushing for a ceasefire,");
            assertThat(s.speakerText()).isEqualTo("Kowalski");
            assertThat(s.speaker().name()).isEqualTo("Kowalski");
            assertThat(s.sentence()).contains("Kowalski said");
        });
    }

    @Test
    void invertedAttributionAfterTheQuotation() {
        assertThat(speakers(attribute("inverted-after")))
                .containsExactly("the Polish foreign minister");
    }

    @Test
    void attributionBeforeTheQuotation() {
        assertThat(speakers(attribute("before-colon")))
                .containsExactly("Mark Jones");
    }

    @Test
    void aQuotationSplitByItsAttributionIsTwoStatementsWithOneSpeaker() {
        List<ExtractedStatement> st = attribute("split");
        assertThat(st).extracting(ExtractedStatement::text).containsExactly("We will keep pushing for a ceasefire,",
                "Nobody wants this war to drag on for years.");
        assertThat(speakers(st)).containsExactly("Kowalski", "Kowalski");
    }

    @Test
    void aContinuationParagraphKeepsTheSpeakerOfTheParagraphBefore() {
        List<ExtractedStatement> st = attribute("continuation-paragraph");
        assertThat(st).singleElement().satisfies(s -> {
            assertThat(s.speakerText()).isEqualTo("Mark Jones");
            assertThat(s.text()).contains("long and difficult").contains("real progress");
            assertThat(s.channel()).isEqualTo(StatementChannel.BRIEFING);
        });
    }

    @Test
    void aQuotationWithNoAttributionOfItsOwnContinuesTheSpeakerBeforeIt() {
        List<ExtractedStatement> st = attribute("unattributed-continues");
        assertThat(speakers(st)).containsExactly("the Foreign Ministry", "the Foreign Ministry");
        assertThat(st).extracting(ExtractedStatement::channel).containsOnly(StatementChannel.STATEMENT);
    }

    @Test
    void aParagraphEndingInAColonIntroducesTheQuotationBelow() {
        assertThat(speakers(attribute("colon-paragraph")))
                .containsExactly("The Foreign Ministry");
    }

    @Test
    void anUnattributedQuotationGoesToTheLastReportedSpeaker() {
        assertThat(speakers(attribute("last-reported-speaker")))
                .containsExactly("Kowalski", "Nowak");
    }

    @Test
    void unbalancedMarksStillGiveTheQuotation() {
        assertThat(attribute("unbalanced-close"))
                .singleElement().satisfies(s -> {
                    assertThat(s.text()).isEqualTo("ready to be signed by both sides next week");
                    assertThat(s.speakerText()).isEqualTo("Taylor");
                });
        assertThat(attribute("unbalanced-open"))
                .extracting(ExtractedStatement::text)
                .containsExactly("at the request of the other side.", "Security in the region was discussed,");
    }

    @Test
    void straightAndCurlyQuotationsAlike() {
        assertThat(speakers(attribute("straight-double")))
                .containsExactly("Kowalski");
        assertThat(speakers(attribute("straight-single")))
                .containsExactly("Kowalski");
    }

    @Test
    void theAuthorLineOfAnEmbeddedTweet() {
        List<ExtractedStatement> st = attribute("post-inline");
        assertThat(st).singleElement().satisfies(s -> {
            assertThat(s.speakerText()).isEqualTo("Jane Roe");
            assertThat(s.channel()).isEqualTo(StatementChannel.TWEET);
            assertThat(s.date()).isEqualTo(LocalDate.of(2022, 3, 3));
            assertThat(s.text()).startsWith("Had a frank").endsWith("today.");
        });
    }

    @Test
    void theAuthorLineUnderThePostsOwnParagraph() {
        List<ExtractedStatement> st = attribute("post-own-paragraph");
        assertThat(st).singleElement().satisfies(s -> {
            assertThat(s.speakerText()).isEqualTo("John Doe");
            assertThat(s.text()).isEqualTo("Spoke with my counterpart about the humanitarian corridors around Kharkiv.");
            assertThat(s.date()).isEqualTo(LocalDate.of(2022, 3, 2));
        });
    }

    @Test
    void scareQuotesAndShortFragmentsAreNotStatements() {
        assertThat(attribute("scare-quotes")).isEmpty();
        // a longer term in quotation marks, with nobody saying it there
        assertThat(attribute("so-called")).hasSize(1);
        // a title in quotation marks, even beside a speaker
        assertThat(attribute("quoted-title")).isEmpty();
    }

    @Test
    void aNestedQuotationBelongsOnlyToTheOuterOne() {
        List<ExtractedStatement> st = attribute("nested");
        assertThat(st).singleElement().satisfies(s -> assertThat(s.text()).startsWith("They told us"));
    }

    @Test
    void accordingToNamesTheSource() {
        assertThat(speakers(attribute("according-to-office")))
                .containsExactly("the State Department");
    }

    @Test
    void theReadoutIsTheOfficeThatIssuedIt() {
        List<ExtractedStatement> st = attribute("readout-office");
        assertThat(speakers(st)).containsExactly("The White House");
        assertThat(st.get(0).channel()).isEqualTo(StatementChannel.STATEMENT);
    }

    @Test
    void aPronounTakesTheLastReportedSpeaker() {
        assertThat(speakers(attribute("pronoun-last-speaker")))
                .containsExactly("Kowalski");
        // with nobody reported speaking before, the people index reads the pronoun at its offset
        assertThat(speakers(attribute("pronoun-unreported")))
                .containsExactly("he");
    }

    @Test
    void channelsFromTheAttribution() {
        assertThat(attribute("channel-reporters").get(0).channel())
                .isEqualTo(StatementChannel.BRIEFING);
        assertThat(attribute("channel-tweeted").get(0).channel())
                .isEqualTo(StatementChannel.TWEET);
        assertThat(attribute("channel-statement").get(0).channel())
                .isEqualTo(StatementChannel.STATEMENT);
        assertThat(attribute("channel-lawmakers").get(0).channel())
                .isEqualTo(StatementChannel.TESTIMONY);
        assertThat(attribute("channel-interview").get(0).channel())
                .isEqualTo(StatementChannel.INTERVIEW);
        assertThat(attribute("channel-speech").get(0).channel())
                .isEqualTo(StatementChannel.SPEECH);
        assertThat(attribute("after-quote").get(0).channel())
                .isEqualTo(StatementChannel.OTHER);
    }

    @Test
    void theDayTheWordsWereSaid() {
        assertThat(attribute("day-thursday").get(0).date())
                .isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(attribute("after-quote").get(0).date()).isNull();
    }

    @Test
    void theSpeakerOfTheReportedClauseIsNotTheSpeaker() {
        // "said South Korea “…”": South Korea is what the quotation is about, Yoon says it
        assertThat(speakers(attribute("reported-clause-subject")))
                .containsExactly("Lee");
    }

    @Test
    void quotedXAsSayingIsXsWords() {
        assertThat(speakers(attribute("quoted-as-saying")))
                .containsExactly("Ruto");
        assertThat(speakers(attribute("cited-as-telling")))
                .containsExactly("Lavrov");
    }

    @Test
    void accordingToASourceTheNamedSpeakerSaidIt() {
        assertThat(speakers(attribute("according-readout-named")))
                .containsExactly("Ruto");
    }

    @Test
    void aQuotedPredicateAfterANamedSubjectIsTheSubjectsWords() {
        assertThat(speakers(attribute("quoted-predicate")))
                .containsExactly("Ethiopian Prime Minister Abiy Ahmed");
        // a subject inside a reported clause is not the speaker: the sayer is
        assertThat(speakers(attribute("reported-predicate")))
                .containsExactly("Ruto");
    }

    @Test
    void toldTheBroadcasterKeepsTheTellerAndDescribedAsIsTheDescriber() {
        assertThat(speakers(attribute("told-broadcaster")))
                .containsExactly("Finnish President Alexander Stubb");
        assertThat(speakers(attribute("described-as")))
                .containsExactly("she");
    }

    @Test
    void aPronounAfterANameInItsOwnSentenceIsNotTheLastSpeaker() {
        assertThat(speakers(attribute("pronoun-own-sentence")))
                .containsExactly("Petrov", "she");
    }

    @Test
    void aNoteReleasedByAnOfficeIsThatOfficesWords() {
        List<String> sp = speakers(attribute("note-released-by"));
        assertThat(sp).singleElement().asString().contains("Quirinal Palace");
    }

    @Test
    void theTraceNamesTheRulesThatDecided() {
        List<String> trace = new QuoteAttributor().run(suite.get("split"), SpeakerResolver.asWritten()).trace();
        assertThat(trace).hasSize(2);
        assertThat(trace.get(0)).contains("by right-after").contains("subject-before:'Kowalski'");
        assertThat(new QuoteAttributor().run(suite.get("scare-quotes"), SpeakerResolver.asWritten()).trace()).isEmpty();
        assertThat(new QuoteAttributor().run(suite.get("quoted-title"), SpeakerResolver.asWritten()).trace())
                .singleElement().asString().contains("dropped: a title");
    }
}
