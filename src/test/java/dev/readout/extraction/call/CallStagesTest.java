package dev.readout.extraction.call;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.StoredAnalyses;
import dev.readout.extraction.people.ArticlePeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call stages end to end on sentences written for them, one phenomenon each, read from stored analyses
 * ({@code CallStages.texts}): no model is loaded. Each call prints as "A + B | date | medium | status".
 */
class CallStagesTest {

    private static StoredAnalyses suite;

    @BeforeAll
    static void load() {
        suite = StoredAnalyses.suite("CallStages");
    }

    static List<String> calls(StoredAnalyses suite, String id) {
        AnalyzedText a = suite.get(id);
        return CallStages.run(a, ArticlePeople.index(a)).calls().stream().map(CallStagesTest::show).toList();
    }

    static String show(ExtractedCall c) {
        return c.participants().stream().map(p -> p.name()).collect(Collectors.joining(" + ")) + " | " + c.date()
                + " | " + c.medium() + " | " + c.status();
    }

    private static List<String> calls(String id) {
        return calls(suite, id);
    }

    @Test
    void aSubjectAndAWithObliqueAreTheTwoSides() {
        assertThat(calls("with-oblique")).containsExactly("Penny Wong + Retno Marsudi | 2024-03-06 | UNKNOWN | HELD");
    }

    @Test
    void anEventNounTakesItsLightVerbsSubject() {
        assertThat(calls("light-verb-talks")).containsExactly(
                "William Ruto + Samia Suluhu Hassan | null | IN_PERSON | HELD");
    }

    @Test
    void aPossessorHoldsTheEvent() {
        assertThat(calls("possessive-noun")).containsExactly("Emmanuel Macron + Fumio Kishida | null | PHONE | HELD");
    }

    @Test
    void aChiefMinisterActsForNoStateSoACallWithHisPrimeMinisterIsDomestic() {
        assertThat(calls("domestic-chief-minister")).isEmpty();
    }

    @Test
    void aCompanyChiefAndAGovernorHoldNoDiplomaticMeeting() {
        assertThat(calls("domestic-company")).isEmpty();
    }

    @Test
    void aPassiveAgentIsTheHost() {
        assertThat(calls("passive-agent")).containsExactly("Xi Jinping + Olaf Scholz | null | IN_PERSON | HELD");
    }

    @Test
    void willMarksAPlannedMeeting() {
        assertThat(calls("planned-future")).containsExactly(
                "Luiz Inacio Lula da Silva + Emmanuel Macron | null | IN_PERSON | PLANNED");
    }

    @Test
    void scheduledToMarksAPlannedMeeting() {
        assertThat(calls("planned-scheduled")).singleElement().asString().endsWith("| PLANNED");
    }

    @Test
    void triedToCallIsAnAttempt() {
        assertThat(calls("attempted-tried")).containsExactly(
                "Volodymyr Zelensky + Vladimir Putin | null | PHONE | ATTEMPTED");
    }

    @Test
    void aHopeToMeetIsNoCall() {
        assertThat(calls("wish-hopes")).isEmpty();
    }

    @Test
    void aNegatedMeetingIsNoCall() {
        assertThat(calls("negated")).isEmpty();
    }

    @Test
    void byPhoneGivesTheMedium() {
        assertThat(calls("medium-by-phone")).containsExactly("Giorgia Meloni + Justin Trudeau | null | PHONE | HELD");
    }

    @Test
    void talksOnTheSidelinesAreInPerson() {
        assertThat(calls("medium-sidelines")).singleElement().asString().contains("| IN_PERSON |");
    }

    @Test
    void separateCallsAreOneCallPerPartner() {
        assertThat(calls("separate-calls")).containsExactly(
                "Marco Rubio + Badr Abdelatty | null | PHONE | HELD",
                "Marco Rubio + Mohammed bin Abdulrahman Al Thani | null | PHONE | HELD");
    }

    @Test
    void theCallReferredBackToIsTheSameCall() {
        AnalyzedText a = suite.get("back-reference");
        List<ExtractedCall> calls = CallStages.run(a, ArticlePeople.index(a)).calls();
        assertThat(calls).singleElement().satisfies(c -> assertThat(c.evidence()).hasSize(2));
        assertThat(show(calls.get(0))).isEqualTo("Gabriel Boric + Alberto Fernandez | 2023-05-08 | PHONE | HELD");
    }

    @Test
    void countedContactsAreNoCall() {
        assertThat(calls("counted")).isEmpty();
    }

    @Test
    void aWithPhraseTheParserHangsOnALaterVerbStaysWithTheTrigger() {
        assertThat(calls("adjacent-with-phrase")).containsExactly("Viktor Orban + Robert Fico | null | UNKNOWN | HELD",
                "Viktor Orban + Petr Fiala | null | UNKNOWN | HELD");
    }

    @Test
    void spokeAgainIsAnotherCall() {
        assertThat(calls("again-is-another-call")).containsExactly(
                "Andrzej Duda + Gitanas Nauseda | 2023-06-09 | UNKNOWN | HELD",
                "Andrzej Duda + Gitanas Nauseda | 2023-06-11 | UNKNOWN | HELD");
    }

    @Test
    void peopleOnePersonMetAreOneMeetingEach() {
        assertThat(calls("verb-list-one-each")).containsExactly(
                "Wang Yi + Abdel Fattah al-Sisi | null | IN_PERSON | HELD", "Wang Yi + Sameh Shoukry | null | IN_PERSON | HELD");
    }

    @Test
    void oneEventNounWithSeveralPartnersIsOneGroupCall() {
        assertThat(calls("event-noun-list-one-event")).containsExactly(
                "Olaf Scholz + Emmanuel Macron + Mario Draghi | null | VIDEO | HELD");
    }

    @Test
    void credentialsOfAmbassadorsListedAfterwardsAreOneMeetingPerAmbassador() {
        assertThat(calls("credentials-listed")).containsExactly(
                "Kassym-Jomart Tokayev + Anna Schmidt | null | IN_PERSON | HELD",
                "Kassym-Jomart Tokayev + Paolo Rossi | null | IN_PERSON | HELD",
                "Kassym-Jomart Tokayev + Kenji Sato | null | IN_PERSON | HELD",
                "Kassym-Jomart Tokayev + Maria Lopez | null | IN_PERSON | HELD");
    }

    @Test
    void credentialsOfUnnamedAmbassadorsAreNoMeeting() {
        assertThat(calls("credentials-unnamed")).isEmpty();
    }

    @Test
    void aPluralTitleOverTwoStatesIsTheTwoPeopleInThatRole() {
        assertThat(calls("plural-title-per-state")).containsExactly(
                "Nana Akufo-Addo + Faure Gnassingbe | null | PHONE | HELD");
    }

    @Test
    void aLeadersWifeIsNoPrincipal() {
        assertThat(calls("companion-wife")).containsExactly(
                "Marcelo Rebelo de Sousa + Luiz Inacio Lula da Silva | null | IN_PERSON | HELD");
    }

    @Test
    void callingSomeoneToDiscussIsACall() {
        assertThat(calls("purpose-clause-call")).containsExactly("Recep Tayyip Erdogan + Ilham Aliyev | null | PHONE | HELD");
    }

    @Test
    void callingOnSomeoneToActIsNoCall() {
        assertThat(calls("called-on-to-urge")).isEmpty();
    }

    @Test
    void notAbleToReachIsAnAttempt() {
        assertThat(calls("could-not-reach")).containsExactly("Mark Rutte + Vladimir Putin | null | PHONE | ATTEMPTED");
    }

    @Test
    void aSummonedAmbassadorMeetsTheMinister() {
        assertThat(calls("summoned-ambassador")).containsExactly("Radoslaw Sikorski + Sergey Andreev | null | IN_PERSON | HELD");
    }

    @Test
    void theTwoLeadersReachBackToTheLatestCall() {
        assertThat(calls("two-leaders-later")).contains("Emmanuel Macron + Xi Jinping | 2024-02-06 | UNKNOWN | HELD")
                .anySatisfy(c -> assertThat(c).startsWith("Emmanuel Macron + Xi Jinping | null | IN_PERSON"));
    }

    @Test
    void anEventThatIsTheSubjectOfAWithPredicateHasThatPartner() {
        assertThat(calls("copula-with")).containsExactly("Fumio Kishida + Ferdinand Marcos | null | IN_PERSON | HELD");
    }

    @Test
    void aMeasureOfTalksStandsForTheTalksInItsClause() {
        assertThat(calls("measure-of-talks")).containsExactly("Nikol Pashinyan + Ilham Aliyev | null | IN_PERSON | HELD");
    }

    @Test
    void pluralLeadersWithNoStateAreTheLeadersJustToldOf() {
        assertThat(calls("leaders-plural-group")).containsExactly(
                "Vo Van Thuong + Thongloun Sisoulith | 2023-09-13 | UNKNOWN | HELD");
    }

    @Test
    void aDatelineCapitalGluedToTheSubjectIsNoParty() {
        assertThat(calls("capital-is-no-party")).containsExactly(
                "Sergei Lavrov + Subrahmanyam Jaishankar | null | UNKNOWN | HELD");
    }

    @Test
    void whoDescribesTheTalksIsNotInThem() {
        assertThat(calls("reporter-not-party")).containsExactly("Vladimir Putin + Xi Jinping | null | UNKNOWN | HELD");
    }
}
