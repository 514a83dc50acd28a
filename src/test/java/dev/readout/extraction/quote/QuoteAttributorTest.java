package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.LanguagePipeline;
import dev.readout.statement.StatementChannel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each phenomenon of quote attribution on short sentences of its own. The speaker words are checked as written (the
 * people index, not the attributor, turns them into participants).
 */
class QuoteAttributorTest {

    private static final LocalDate FRIDAY = LocalDate.of(2022, 3, 4);

    private static List<ExtractedStatement> attribute(String text) {
        AnalyzedText a = LanguagePipeline.shared().analyze(text, FRIDAY);
        List<ExtractedStatement> out = new QuoteAttributor().attribute(a, SpeakerResolver.asWritten());
        for (ExtractedStatement st : out) {
            assertThat(text.substring(st.start(), st.end())).isEqualTo(st.text());
        }
        return out;
    }

    private static List<String> speakers(List<ExtractedStatement> statements) {
        return statements.stream().map(ExtractedStatement::speakerText).toList();
    }

    @Test
    void attributionAfterTheQuotation() {
        List<ExtractedStatement> st = attribute("“We will keep pushing for a ceasefire,” Kowalski said.");
        assertThat(st).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("We will keep pushing for a ceasefire,");
            assertThat(s.speakerText()).isEqualTo("Kowalski");
            assertThat(s.speaker().name()).isEqualTo("Kowalski");
            assertThat(s.sentence()).contains("Kowalski said");
        });
    }

    @Test
    void invertedAttributionAfterTheQuotation() {
        assertThat(speakers(attribute("“We will keep pushing for a ceasefire,” said the Polish foreign minister.")))
                .containsExactly("the Polish foreign minister");
    }

    @Test
    void attributionBeforeTheQuotation() {
        assertThat(speakers(attribute("Mark Jones said: “Nobody wants this war to drag on for years.”")))
                .containsExactly("Mark Jones");
    }

    @Test
    void aQuotationSplitByItsAttributionIsTwoStatementsWithOneSpeaker() {
        List<ExtractedStatement> st = attribute(
                "“We will keep pushing for a ceasefire,” Kowalski added. “Nobody wants this war to drag on for years.”");
        assertThat(st).extracting(ExtractedStatement::text).containsExactly("We will keep pushing for a ceasefire,",
                "Nobody wants this war to drag on for years.");
        assertThat(speakers(st)).containsExactly("Kowalski", "Kowalski");
    }

    @Test
    void aContinuationParagraphKeepsTheSpeakerOfTheParagraphBefore() {
        List<ExtractedStatement> st = attribute("Mark Jones told reporters: “The talks were long and difficult.\n\n"
                + "“But we made real progress on the exchange of prisoners.”\n\nThe next round is in May.");
        assertThat(st).singleElement().satisfies(s -> {
            assertThat(s.speakerText()).isEqualTo("Mark Jones");
            assertThat(s.text()).contains("long and difficult").contains("real progress");
            assertThat(s.channel()).isEqualTo(StatementChannel.BRIEFING);
        });
    }

    @Test
    void aQuotationWithNoAttributionOfItsOwnContinuesTheSpeakerBeforeIt() {
        List<ExtractedStatement> st = attribute("In a statement, the Foreign Ministry said, “The sides reviewed the grain deal.”\n"
                + "The call lasted an hour.\n"
                + "“They also discussed the safety of the nuclear plants in the region.”");
        assertThat(speakers(st)).containsExactly("the Foreign Ministry", "the Foreign Ministry");
        assertThat(st).extracting(ExtractedStatement::channel).containsOnly(StatementChannel.STATEMENT);
    }

    @Test
    void aParagraphEndingInAColonIntroducesTheQuotationBelow() {
        assertThat(speakers(attribute("The Foreign Ministry said in a statement on Friday:\n"
                + "“The sides agreed to keep the humanitarian corridors open through the weekend.”")))
                .containsExactly("The Foreign Ministry");
    }

    @Test
    void anUnattributedQuotationGoesToTheLastReportedSpeaker() {
        assertThat(speakers(attribute("“We will keep pushing for a ceasefire,” Kowalski said.\n"
                + "Nowak said the plan would fail.\n"
                + "“Nobody in the region believes these promises any more.”")))
                .containsExactly("Kowalski", "Nowak");
    }

    @Test
    void unbalancedMarksStillGiveTheQuotation() {
        assertThat(attribute("Taylor added that the plan was “ready to be signed by both sides next week\". Then she left."))
                .singleElement().satisfies(s -> {
                    assertThat(s.text()).isEqualTo("ready to be signed by both sides next week");
                    assertThat(s.speakerText()).isEqualTo("Taylor");
                });
        assertThat(attribute("The agency said the call came “at the request of the other side.”Security in the region was discussed,” the agency said."))
                .extracting(ExtractedStatement::text)
                .containsExactly("at the request of the other side.", "Security in the region was discussed,");
    }

    @Test
    void straightAndCurlyQuotationsAlike() {
        assertThat(speakers(attribute("\"We will keep pushing for a ceasefire,\" Kowalski said.")))
                .containsExactly("Kowalski");
        assertThat(speakers(attribute("'We will keep pushing for a ceasefire,' Kowalski said.")))
                .containsExactly("Kowalski");
    }

    @Test
    void theAuthorLineOfAnEmbeddedTweet() {
        List<ExtractedStatement> st = attribute("Had a frank and useful exchange on the grain corridor with my counterpart today. "
                + "— Jane Roe (@JaneRoeFM) March 3, 2022");
        assertThat(st).singleElement().satisfies(s -> {
            assertThat(s.speakerText()).isEqualTo("Jane Roe");
            assertThat(s.channel()).isEqualTo(StatementChannel.TWEET);
            assertThat(s.date()).isEqualTo(LocalDate.of(2022, 3, 3));
            assertThat(s.text()).startsWith("Had a frank").endsWith("today.");
        });
    }

    @Test
    void theAuthorLineUnderThePostsOwnParagraph() {
        List<ExtractedStatement> st = attribute("Blinken also posted about the call.\n"
                + "Spoke with my counterpart about the humanitarian corridors around Kharkiv. https://t.co/xyz\n"
                + "— John Doe (@JohnDoeFM) 2 March 2022");
        assertThat(st).singleElement().satisfies(s -> {
            assertThat(s.speakerText()).isEqualTo("John Doe");
            assertThat(s.text()).isEqualTo("Spoke with my counterpart about the humanitarian corridors around Kharkiv.");
            assertThat(s.date()).isEqualTo(LocalDate.of(2022, 3, 2));
        });
    }

    @Test
    void scareQuotesAndShortFragmentsAreNotStatements() {
        assertThat(attribute("The minister called the plan “a mistake” and the vote “illegal”, Kowalski said.")).isEmpty();
        // a longer term in quotation marks, with nobody saying it there
        assertThat(attribute("“We will keep pushing for a ceasefire,” Kowalski said.\n"
                + "The so-called “special operation to protect the people of the region” goes on.")).hasSize(1);
        // a title in quotation marks, even beside a speaker
        assertThat(attribute("Kowalski said the “Defence of Democracy in Europe Act of 2022” would pass.")).isEmpty();
    }

    @Test
    void aNestedQuotationBelongsOnlyToTheOuterOne() {
        List<ExtractedStatement> st = attribute(
                "Jones said: “They told us the ‘peace plan is not open to any negotiation’ and we disagreed strongly.”");
        assertThat(st).singleElement().satisfies(s -> assertThat(s.text()).startsWith("They told us"));
    }

    @Test
    void accordingToNamesTheSource() {
        assertThat(speakers(attribute(
                "According to the State Department, Brown “stressed the need for a diplomatic solution to the crisis.”")))
                .containsExactly("the State Department");
    }

    @Test
    void theReadoutIsTheOfficeThatIssuedIt() {
        List<ExtractedStatement> st = attribute("The White House said in a readout that the call was productive.\n"
                + "“The leaders discussed energy security and the grain corridor,” the readout said.");
        assertThat(speakers(st)).containsExactly("The White House");
        assertThat(st.get(0).channel()).isEqualTo(StatementChannel.STATEMENT);
    }

    @Test
    void aPronounTakesTheLastReportedSpeaker() {
        assertThat(speakers(attribute("Kowalski said the talks were hard. “We will keep pushing for a ceasefire,” he said.")))
                .containsExactly("Kowalski");
        // with nobody reported speaking before, the people index reads the pronoun at its offset
        assertThat(speakers(attribute("Kowalski met the envoy. “We will keep pushing for a ceasefire,” he said.")))
                .containsExactly("he");
    }

    @Test
    void channelsFromTheAttribution() {
        assertThat(attribute("“We will keep pushing for a ceasefire,” Kowalski told reporters.").get(0).channel())
                .isEqualTo(StatementChannel.BRIEFING);
        assertThat(attribute("“We will keep pushing for a ceasefire,” Kowalski tweeted.").get(0).channel())
                .isEqualTo(StatementChannel.TWEET);
        assertThat(attribute("“We will keep pushing for a ceasefire,” Kowalski said in a statement.").get(0).channel())
                .isEqualTo(StatementChannel.STATEMENT);
        assertThat(attribute("“We will keep pushing for a ceasefire,” Kowalski told lawmakers.").get(0).channel())
                .isEqualTo(StatementChannel.TESTIMONY);
        assertThat(attribute("In an interview with CNN, Kowalski said: “We will keep pushing for a ceasefire.”").get(0).channel())
                .isEqualTo(StatementChannel.INTERVIEW);
        assertThat(attribute("In a speech in Warsaw, Kowalski said: “We will keep pushing for a ceasefire.”").get(0).channel())
                .isEqualTo(StatementChannel.SPEECH);
        assertThat(attribute("“We will keep pushing for a ceasefire,” Kowalski said.").get(0).channel())
                .isEqualTo(StatementChannel.OTHER);
    }

    @Test
    void theDayTheWordsWereSaid() {
        assertThat(attribute("Kowalski said on Thursday: “We will keep pushing for a ceasefire.”").get(0).date())
                .isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(attribute("“We will keep pushing for a ceasefire,” Kowalski said.").get(0).date()).isNull();
    }

    @Test
    void theSpeakerOfTheReportedClauseIsNotTheSpeaker() {
        // "said South Korea “…”": South Korea is what the quotation is about, Yoon says it
        assertThat(speakers(attribute("In response, Lee, from the main opposition party, said South Korea "
                + "“attaches great importance to the relationship with its neighbours.”")))
                .containsExactly("Lee");
    }

    @Test
    void quotedXAsSayingIsXsWords() {
        assertThat(speakers(attribute("“We will not accept any partition of the country,” the presidency quoted Ruto as saying.")))
                .containsExactly("Ruto");
        assertThat(speakers(attribute("The TASS agency cited Lavrov as telling reporters: “The sanctions will not change our course at all.”")))
                .containsExactly("Lavrov");
    }

    @Test
    void accordingToASourceTheNamedSpeakerSaidIt() {
        assertThat(speakers(attribute("According to the readout, Ruto said: “Our region needs a lasting ceasefire now.”")))
                .containsExactly("Ruto");
    }

    @Test
    void aQuotedPredicateAfterANamedSubjectIsTheSubjectsWords() {
        assertThat(speakers(attribute("According to the communique, Kenyan President William Ruto and Ethiopian Prime Minister "
                + "Abiy Ahmed “agreed to work together for lasting peace in the region.”")))
                .containsExactly("Ethiopian Prime Minister Abiy Ahmed");
        // a subject inside a reported clause is not the speaker: the sayer is
        assertThat(speakers(attribute("Ruto said Kenya “remains fully committed to lasting peace in the region.”")))
                .containsExactly("Ruto");
    }

    @Test
    void toldTheBroadcasterKeepsTheTellerAndDescribedAsIsTheDescriber() {
        assertThat(speakers(attribute("Finnish President Alexander Stubb, who visited Kyiv on Monday, told the BBC that "
                + "Europe must \u201cstand firmly behind Ukraine for as long as it takes\u201d.")))
                .containsExactly("Finnish President Alexander Stubb");
        assertThat(speakers(attribute("Ruiz unveiled a new budget plan, which she described in a letter to lawmakers as "
                + "\u201ca turning point for the whole country\u201d.")))
                .containsExactly("she");
    }

    @Test
    void aPronounAfterANameInItsOwnSentenceIsNotTheLastSpeaker() {
        assertThat(speakers(attribute("\u201cWe will not yield to pressure from anyone,\u201d Petrov said.\n\nRuiz on Monday "
                + "unveiled a budget plan, which she described as \u201ca turning point for the whole country\u201d.")))
                .containsExactly("Petrov", "she");
    }

    @Test
    void aNoteReleasedByAnOfficeIsThatOfficesWords() {
        List<String> sp = speakers(attribute("According to a note released by the Quirinal Palace, the meeting lasted an "
                + "hour.\n\n\u201cThe two presidents agreed to deepen their cooperation on energy,\u201d the note said."));
        assertThat(sp).singleElement().asString().contains("Quirinal Palace");
    }
}
