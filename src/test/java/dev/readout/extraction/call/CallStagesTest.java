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
}
