package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.StoredAnalyses;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.participant.ParticipantKind;
import dev.readout.statement.StatementChannel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The families of quotation attribution that news text writes in many ways, one phenomenon per test, on texts written
 * for them ({@code Quotes.texts}) and read from stored analyses: no model is loaded. Speakers are resolved by the
 * article's people index, as in the product. Each statement prints as "speaker | quotation".
 */
class QuoteFamiliesTest {

    private static StoredAnalyses suite;

    @BeforeAll
    static void load() {
        suite = StoredAnalyses.suite("Quotes");
    }

    static List<ExtractedStatement> statements(String id) {
        AnalyzedText a = suite.get(id);
        List<ExtractedStatement> out = new QuoteAttributor().attribute(a, ArticlePeople.index(a));
        for (ExtractedStatement st : out) {
            assertThat(a.text().substring(st.start(), st.end())).isEqualTo(st.text());
        }
        return out;
    }

    private static List<String> shown(String id) {
        return statements(id).stream()
                .map(s -> (s.speaker() == null ? null : s.speaker().name()) + " | " + s.text().replace("\n", " "))
                .toList();
    }

    // ---- where the quotation is

    @Test
    void aQuotationRunsOverLinesWrappedInsideASentence() {
        assertThat(shown("wrapped-lines")).containsExactly(
                "Luiz Inacio Lula da Silva | The fact that the delegation is so large shows how much both sides value "
                        + "the partnership,",
                "Javier Milei | a new level, and opened a path to closer trade.");
    }

    @Test
    void aStrayOpeningMarkInsideAQuotationDoesNotCutIt() {
        assertThat(statements("stray-mark")).singleElement().satisfies(s -> {
            assertThat(s.text()).startsWith("We want closer ties").contains("\"Therefore").endsWith("by history,");
            assertThat(s.speakerText()).isEqualTo("the President of Kazakhstan");
        });
    }

    @Test
    void firstPersonWordsEndedByADashAndTheirSpeakerAreAQuotation() {
        // the near miss below it has no first person: a reporter's summary, not a quotation
        assertThat(shown("dash-unquoted")).containsExactly("Volodymyr Zelensky | We discussed the air defence of our "
                + "cities and the energy situation. We must act together to protect the grid");
    }

    // ---- who the words name

    @Test
    void anOfficeSpeaksNotThePersonItServes() {
        assertThat(statements("office-stays-office")).singleElement().satisfies(s -> {
            assertThat(s.speaker().name()).isEqualTo("prime minister’s office");
            assertThat(s.speaker().kind()).isEqualTo(ParticipantKind.ORGANIZATION);
        });
    }

    @Test
    void anAcronymIsSpelledOutAsTheArticleDefinesIt() {
        assertThat(statements("acronym-spelled-out")).singleElement().satisfies(s -> {
            assertThat(s.speaker().name()).isEqualTo("Presidential Communications Service");
            assertThat(s.speaker().kind()).isEqualTo(ParticipantKind.ORGANIZATION);
        });
    }

    @Test
    void pluralSpeakersAreThePeopleNamedTogether() {
        assertThat(shown("joint-speakers")).extracting(l -> l.substring(0, l.indexOf(" |")))
                .containsExactly("Shigeru Ishiba", "Shigeru Ishiba");
    }

    @Test
    void aSpeakerIsNotAPersonHisOwnWordsName() {
        assertThat(statements("named-in-own-words")).singleElement()
                .satisfies(s -> assertThat(s.speaker().name()).isEqualTo("Subrahmanyam Jaishankar"));
    }

    @Test
    void aBareRoleIsThePersonLastReportedSpeakingButAnAnonymousSourceStaysAnonymous() {
        assertThat(statements("bare-role")).singleElement()
                .satisfies(s -> assertThat(s.speaker().name()).isEqualTo("Nadia Keller"));
        assertThat(statements("bare-role-anonymous")).singleElement()
                .satisfies(s -> assertThat(s.speaker().name()).isEqualToIgnoringCase("the official"));
    }

    @Test
    void aPronounWithNobodyBeforeItIsTheSpeakerNamedNext() {
        assertThat(statements("pronoun-before-its-name")).singleElement()
                .satisfies(s -> assertThat(s.speaker().name()).isEqualTo("Penny Wong"));
    }

    @Test
    void aPronounNobodyCanBeFoundForLeavesTheQuotationUnattributed() {
        assertThat(statements("unresolved-pronoun")).singleElement().satisfies(s -> {
            assertThat(s.speaker()).isNull();
            assertThat(s.speakerText()).isEqualTo("they");
        });
    }

    // ---- how the attribution is written

    @Test
    void moreSpeechVerbs() {
        assertThat(shown("verb-elaborated")).extracting(l -> l.substring(0, l.indexOf(" |"))).containsExactly("Ingrid Dahl");
        assertThat(shown("verb-summarized")).extracting(l -> l.substring(0, l.indexOf(" |"))).containsExactly("Petr Fiala");
        assertThat(shown("verb-calls")).containsExactly("Pablo Reyes | the remarkable resilience of this nation");
    }

    @Test
    void aNameInAppositionToARoleIsTheSpeaker() {
        assertThat(statements("apposition-titled")).singleElement()
                .satisfies(s -> assertThat(s.speaker().name()).isEqualTo("Moussa Faki Mahamat"));
        assertThat(statements("apposition-then-verb")).singleElement()
                .satisfies(s -> assertThat(s.speaker().name()).isEqualTo("Anna Petrova"));
    }

    @Test
    void remarksMadeBySomeoneAreTheirs() {
        assertThat(statements("according-to-remarks")).singleElement()
                .satisfies(s -> assertThat(s.speaker().name()).isEqualTo("Marco Rubio"));
    }

    @Test
    void aStatementThatSpokeOfAQuotationIsItsIssuers() {
        // "a Turkish statement last week spoke of “…”": the office that issued a statement before
        assertThat(statements("spoke-of")).singleElement()
                .satisfies(s -> assertThat(s.speakerText()).isEqualTo("The Turkish foreign ministry"));
    }

    @Test
    void aPronounAfterPeopleNamedInItsSentenceIsItsSubject() {
        assertThat(statements("pronoun-subject")).singleElement()
                .satisfies(s -> assertThat(s.speaker().name()).isEqualTo("Reza Karimi"));
    }

    @Test
    void aSourceThatRelaysASpeakersWordsIsNotTheirSpeaker() {
        assertThat(shown("relay-source")).extracting(l -> l.substring(0, l.indexOf(" |")))
                .containsExactly("Abbas Araghchi", "Abbas Araghchi");
    }

    @Test
    void aReportersQuestionIsTheReportersAndTheReplyTheAnswerers() {
        assertThat(statements("reporter-question")).extracting(ExtractedStatement::speakerText)
                .containsExactly("a reporter", "Lula");
    }

    @Test
    void aQuotedParagraphWithoutAttributionIsThePersonReportedSpeakingJustBefore() {
        assertThat(statements("reported-speaker-goes-on")).singleElement()
                .satisfies(s -> assertThat(s.speaker().name()).isEqualTo("Penny Wong"));
        assertThat(statements("no-speaker-to-go-on")).isEmpty();
    }

    @Test
    void aDocumentWithNoIssuerLeavesTheQuotationUnattributed() {
        assertThat(statements("unresolved-document")).singleElement().satisfies(s -> assertThat(s.speaker()).isNull());
    }

    @Test
    void anObjectOfAPrepositionIsNotTheSpeaker() {
        assertThat(statements("object-not-subject")).singleElement()
                .satisfies(s -> assertThat(s.speaker().name()).isEqualTo("Mike Johnson"));
    }

    @Test
    void aHeadlinesQuotationBeforeAColonIsTheWordsOfWhoeverTheHeadlineNames() {
        // only in the headline: in the body, the same shape keeps the sentence's own speaker
        assertThat(shown("headline-colon")).containsExactly(
                "Subrahmanyam Jaishankar | We discussed the border situation at length",
                "Officials | trade, water and the border situation");
    }

    // ---- embedded posts

    @Test
    void aPostPrintedOverSeveralParagraphsIsOneStatement() {
        assertThat(statements("post-over-paragraphs")).singleElement().satisfies(s -> {
            assertThat(s.text()).startsWith("Spoke with President @AndrzejDuda").endsWith("within NATO.");
            assertThat(s.speaker().name()).isEqualTo("Volodymyr Zelenskyy");
        });
    }

    @Test
    void aPostsAuthorWrittenAsATitleIsThePersonTheHandleSpells() {
        assertThat(statements("post-author-handle")).singleElement()
                .satisfies(s -> assertThat(s.speaker().name()).isEqualTo("William Ruto"));
    }

    @Test
    void aPronounNobodyIsNamedForInReachGoesOnMeaningTheLastSpeaker() {
        assertThat(statements("pronoun-goes-on")).extracting(s -> s.speaker() == null ? null : s.speaker().name())
                .containsExactly("Michael O'Leary", "Michael O'Leary");
    }

    @Test
    void aNicknameIsSpelledOutAsTheArticleDefinesIt() {
        assertThat(statements("nickname-spelled-out")).singleElement()
                .satisfies(s -> assertThat(s.speaker().name()).isEqualTo("Prabowo Subianto"));
    }

    // ---- where the words were said

    @Test
    void theSettingOfTheParagraphsBeforeCarriesOverToTheSameSpeaker() {
        assertThat(statements("setting-carries-over")).singleElement()
                .satisfies(s -> assertThat(s.channel()).isEqualTo(StatementChannel.SPEECH));
        assertThat(statements("post-on-telegram")).singleElement()
                .satisfies(s -> assertThat(s.channel()).isEqualTo(StatementChannel.TWEET));
    }
}
