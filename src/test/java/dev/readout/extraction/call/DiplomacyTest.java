package dev.readout.extraction.call;

import dev.readout.extraction.ExtractedParticipant;
import dev.readout.lexicon.Level;
import dev.readout.participant.ParticipantKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The diplomatic test over typed actors, one rule a test. */
class DiplomacyTest {

    private static Actor person(String name, String state, Level level) {
        return new Actor(name, new ExtractedParticipant(name, ParticipantKind.PERSON, null, null, state, List.of()),
                state, level == Level.INTERNATIONAL, level);
    }

    private static String rule(Set<String> articleStates, Actor... actors) {
        Decision d = Diplomacy.judge(List.of(actors), articleStates);
        return (d.keep() ? "keep " : "drop ") + d.rule();
    }

    @Test
    void sidesOfDifferentStatesAreDiplomatic() {
        assertThat(rule(Set.of("FR", "BR"), person("A", "FR", Level.LEADER), person("B", "BR", Level.MINISTER)))
                .isEqualTo("keep differentStates");
    }

    @Test
    void anInternationalOfficialMakesAnyContactDiplomatic() {
        assertThat(rule(Set.of("KE"), person("A", "KE", Level.LEADER), person("B", null, Level.INTERNATIONAL)))
                .isEqualTo("keep internationalOrganisation");
    }

    @Test
    void aLeaderAndHisOwnMinisterAreNot() {
        assertThat(rule(Set.of("NG"), person("A", "NG", Level.LEADER), person("B", "NG", Level.MILITARY)))
                .isEqualTo("drop sameState");
    }

    @Test
    void aGovernorMeetingSomeoneOfUnknownStateIsDomestic() {
        assertThat(rule(Set.of("JP", "US"), person("A", null, Level.LEADER), person("B", "JP", Level.SUBNATIONAL)))
                .isEqualTo("drop domestic");
    }

    @Test
    void aGovernorMeetingAForeignLeaderIsDiplomatic() {
        assertThat(rule(Set.of("US", "JP"), person("A", "JP", Level.LEADER), person("B", "US", Level.SUBNATIONAL)))
                .isEqualTo("keep differentStates");
    }

    @Test
    void aCompanyChiefActsForNoState() {
        assertThat(rule(Set.of("US", "JP"), person("A", "US", Level.SUBNATIONAL), person("B", "JP", Level.NONSTATE)))
                .isEqualTo("drop domestic");
    }

    @Test
    void aBareNameWithNeitherStateNorOfficeDecidesNothing() {
        assertThat(rule(Set.of("FR", "US"), person("A", "FR", Level.LEADER), person("B", null, Level.UNKNOWN)))
                .isEqualTo("drop statesUnknown");
    }

    @Test
    void aNationalOfficeOfUnknownStateIsForeignOnlyWhenTheArticleNamesAnotherState() {
        assertThat(rule(Set.of("FR", "DE"), person("A", "FR", Level.LEADER), person("B", null, Level.LEADER)))
                .isEqualTo("keep unknownSideForeign");
        assertThat(rule(Set.of("FR"), person("A", "FR", Level.LEADER), person("B", null, Level.LEADER)))
                .isEqualTo("drop unknownSideDomestic");
    }
}
