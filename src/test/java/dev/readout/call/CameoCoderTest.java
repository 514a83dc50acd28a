package dev.readout.call;

import dev.readout.call.CameoCoder.Coding;
import dev.readout.call.CameoCoder.Party;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CameoCoderTest {

    static final Party BLINKEN = new Party("b", "Antony Blinken", List.of("Blinken"), "US");
    static final Party LAVROV = new Party("l", "Sergey Lavrov", List.of("Lavrov"), "RU");
    static final Party SCHOLZ = new Party("s", "Olaf Scholz", List.of(), "DE");
    static final Party XI = new Party("x", "Xi Jinping", List.of("Xi"), "CN");
    static final Party PUTIN = new Party("p", "Vladimir Putin", List.of("Putin"), "RU");
    static final Party BORRELL = new Party("e", "Josep Borrell", List.of("Borrell"), "EU");
    static final Party NOBODY = new Party("n", "Somebody Else", List.of(), null);

    private static Coding meeting(CallMedium medium, List<Party> parties, String... sentences) {
        return CameoCoder.code(medium, CallStatus.HELD, parties, List.of(sentences));
    }

    @Test
    void aHeldPhoneCallIsDiscussByTelephone() {
        Coding c = meeting(CallMedium.PHONE, List.of(BLINKEN, LAVROV), "Blinken spoke by phone with Lavrov.");
        assertThat(c.cameoCode()).isEqualTo("041");
        assertThat(c.label()).isEqualTo("Discuss by telephone");
        assertThat(c.goldstein()).isEqualTo(1.0);
        assertThat(c.ploverCategory()).isEqualTo("CONSULT");
        assertThat(c.ploverMode()).isEqualTo("phone");
    }

    @Test
    void threeOrMoreParticipantsAreMultilateral() {
        Coding c = meeting(CallMedium.PHONE, List.of(BLINKEN, LAVROV, SCHOLZ), "A call.");
        assertThat(c.cameoCode()).isEqualTo("041");
        assertThat(c.ploverMode()).isEqualTo("multilateral");
    }

    @Test
    void travellingToTheOtherSidesCapitalIsAVisit() {
        Coding c = meeting(CallMedium.IN_PERSON, List.of(BLINKEN, LAVROV),
                "Blinken visited Moscow on Monday and met Russian Foreign Minister Sergey Lavrov.");
        assertThat(c.cameoCode()).isEqualTo("042");
        assertThat(c.goldstein()).isEqualTo(1.9);
        assertThat(c.sourceId()).isEqualTo("b");
        assertThat(c.targetId()).isEqualTo("l");
        assertThat(c.ploverMode()).isEqualTo("visit");

        Coding berlin = meeting(CallMedium.IN_PERSON, List.of(SCHOLZ, BLINKEN),
                "Secretary Blinken travelled to Berlin and met Chancellor Olaf Scholz.");
        assertThat(berlin.cameoCode()).isEqualTo("042");
        assertThat(berlin.sourceId()).isEqualTo("b");
        assertThat(berlin.targetId()).isEqualTo("s");

        Coding capital = meeting(CallMedium.IN_PERSON, List.of(BLINKEN, LAVROV),
                "During his visit to the Russian capital, Blinken held talks with Lavrov.");
        assertThat(capital.cameoCode()).isEqualTo("042");
        assertThat(capital.sourceId()).isEqualTo("b");
    }

    @Test
    void aMeetingPlaceInOneSidesCountryMakesTheOtherTheVisitor() {
        Coding c = meeting(CallMedium.IN_PERSON, List.of(LAVROV, BLINKEN), "Lavrov met Blinken in Washington.");
        assertThat(c.cameoCode()).isEqualTo("042");
        assertThat(c.sourceId()).isEqualTo("l");
        assertThat(c.targetId()).isEqualTo("b");

        Coding brussels = meeting(CallMedium.UNKNOWN, List.of(BLINKEN, BORRELL),
                "Blinken held talks with Borrell in Brussels on Friday.");
        assertThat(brussels.cameoCode()).isEqualTo("042");
        assertThat(brussels.sourceId()).isEqualTo("b");
    }

    @Test
    void hostingIsHostAVisitWithTheHostAsSource() {
        Coding c = meeting(CallMedium.IN_PERSON, List.of(XI, PUTIN), "Putin hosted Xi Jinping at the Kremlin.");
        assertThat(c.cameoCode()).isEqualTo("043");
        assertThat(c.goldstein()).isEqualTo(2.8);
        assertThat(c.sourceId()).isEqualTo("p");
        assertThat(c.targetId()).isEqualTo("x");

        Coding passive = meeting(CallMedium.IN_PERSON, List.of(XI, PUTIN), "Xi was welcomed by Putin in Moscow.");
        assertThat(passive.cameoCode()).isEqualTo("043");
        assertThat(passive.sourceId()).isEqualTo("p");
        assertThat(passive.targetId()).isEqualTo("x");
    }

    @Test
    void aPlaceInNeitherSidesCountryIsAThirdLocation() {
        Coding c = meeting(CallMedium.IN_PERSON, List.of(BLINKEN, LAVROV), "Blinken and Lavrov met in Geneva.");
        assertThat(c.cameoCode()).isEqualTo("044");
        assertThat(c.goldstein()).isEqualTo(2.5);
        assertThat(c.ploverMode()).isEqualTo("third-party");
        assertThat(c.sourceId()).isNull();
    }

    @Test
    void withoutAPlaceOrWithAPlaceThatIsOnlyTheTopicItIsConsult() {
        assertThat(meeting(CallMedium.IN_PERSON, List.of(BLINKEN, LAVROV),
                "Blinken met Lavrov to discuss the situation in Ukraine.").cameoCode()).isEqualTo("040");
        assertThat(meeting(CallMedium.UNKNOWN, List.of(BLINKEN, LAVROV),
                "Blinken spoke with Lavrov about troops in Ukraine.").cameoCode()).isEqualTo("040");
        Coding video = meeting(CallMedium.VIDEO, List.of(BLINKEN, LAVROV), "They met by video link.");
        assertThat(video.cameoCode()).isEqualTo("040");
        assertThat(video.goldstein()).isEqualTo(1.0);
        assertThat(video.ploverCategory()).isEqualTo("CONSULT");
        assertThat(video.ploverMode()).isNull();
    }

    @Test
    void aSideOfUnknownCountryLeavesAForeignPlaceUndecided() {
        assertThat(meeting(CallMedium.IN_PERSON, List.of(BLINKEN, NOBODY), "Blinken met Else in Geneva.")
                .cameoCode()).isEqualTo("040");
    }

    @Test
    void plannedIsIntentToMeetAndAttemptedHasNoCode() {
        Coding planned = CameoCoder.code(CallMedium.IN_PERSON, CallStatus.PLANNED, List.of(BLINKEN, LAVROV),
                List.of("Blinken will meet Lavrov in Geneva on Friday."));
        assertThat(planned.cameoCode()).isEqualTo("036");
        assertThat(planned.goldstein()).isEqualTo(4.0);
        assertThat(planned.ploverCategory()).isNull();
        Coding attempted = CameoCoder.code(CallMedium.PHONE, CallStatus.ATTEMPTED, List.of(BLINKEN, LAVROV),
                List.of("Russia is not taking US calls."));
        assertThat(attempted.cameoCode()).isNull();
        assertThat(attempted.goldstein()).isNull();
    }
}
