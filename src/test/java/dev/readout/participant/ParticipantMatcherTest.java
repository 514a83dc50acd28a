package dev.readout.participant;

import dev.readout.extraction.ExtractedParticipant;
import dev.readout.participant.ParticipantMatcher.KnownParticipant;
import dev.readout.participant.ParticipantMatcher.KnownRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.readout.participant.ParticipantKind.ORGANIZATION;
import static dev.readout.participant.ParticipantKind.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

class ParticipantMatcherTest {

    static final KnownParticipant BLINKEN = new KnownParticipant("p1", "Antony Blinken", List.of("Blinken", "Antony J. Blinken"),
            PERSON, "US", List.of(new KnownRole("Secretary of State", "State Department", "US")));
    static final KnownParticipant JOE = new KnownParticipant("p2", "Joe Biden", List.of("Biden"), PERSON, "US",
            List.of(new KnownRole("President", null, "US")));
    static final KnownParticipant JILL = new KnownParticipant("p3", "Jill Biden", List.of(), PERSON, "US",
            List.of(new KnownRole("First Lady", null, "US")));
    static final KnownParticipant WANG_YI = new KnownParticipant("p4", "Wang Yi", List.of(), PERSON, "CN",
            List.of(new KnownRole("Foreign Minister", "Foreign Ministry", "CN")));
    static final KnownParticipant WANG_WENBIN = new KnownParticipant("p5", "Wang Wenbin", List.of(), PERSON, "CN",
            List.of(new KnownRole("spokesperson", "Foreign Ministry", "CN")));
    static final KnownParticipant SHOIGU = new KnownParticipant("p6", "Sergei Shoigu", List.of(), PERSON, "RU",
            List.of(new KnownRole("Defense Minister", null, "RU")));
    static final KnownParticipant STATE = new KnownParticipant("o1", "US State Department", List.of(), ORGANIZATION, "US", List.of());
    static final List<KnownParticipant> ALL = List.of(BLINKEN, JOE, JILL, WANG_YI, WANG_WENBIN, SHOIGU, STATE);

    static ExtractedParticipant person(String name, String title, String country, String... aliases) {
        return new ExtractedParticipant(name, PERSON, title, null, country, List.of(aliases));
    }

    static Optional<String> match(ExtractedParticipant p) {
        return ParticipantMatcher.match(p, ALL).map(m -> m.participant().id());
    }

    @Test
    void fullNamesAcrossSpellings() {
        assertThat(match(person("Tony Blinken", null, null))).contains("p1");
        assertThat(match(person("Sergey Shoygu", "Russian Defense Minister", null))).contains("p6");
        assertThat(match(person("Joseph R. Biden Jr.", null, "US"))).contains("p2");
    }

    @Test
    void theSameFullNameAndTitleOutweighACountryReadWrong() {
        KnownParticipant jaishankar = new KnownParticipant("p9", "Subrahmanyam Jaishankar", List.of("S. Jaishankar"),
                PERSON, "IN", List.of(new KnownRole("External Affairs Minister", null, "IN")));
        // the extractor gave him his Chinese counterpart's country
        assertThat(ParticipantMatcher.match(person("S Jaishankar", "External affairs minister", "CN"), List.of(jaishankar)))
                .map(m -> m.participant().id()).contains("p9");
        // without the title, or with another one, the country decides
        assertThat(ParticipantMatcher.match(person("S Jaishankar", null, "CN"), List.of(jaishankar))).isEmpty();
        assertThat(ParticipantMatcher.match(person("S Jaishankar", "Ambassador", "CN"), List.of(jaishankar))).isEmpty();
    }

    @Test
    void aNameWithAPlaceGluedOnJoinsThatPerson() {
        assertThat(match(person("Wang Yi Washington", null, null))).contains("p4");
        assertThat(match(person("Wang Yi Beijing", "Foreign Minister", "CN"))).contains("p4");
    }

    @Test
    void aFamilyNameOneLetterOffJoinsOnlyWhenRoleOrCountryConfirmIt() {
        // "Anthony Blinke" is a typo of Antony Blinken only if the text also says who he is
        assertThat(match(person("Anthony Blinke", "Secretary of State", null))).contains("p1");
        assertThat(match(person("Anthony Blinke", null, "US"))).contains("p1");
        assertThat(match(person("Anthony Blinke", null, null))).isEmpty();
        // a country that contradicts excludes it outright
        assertThat(match(person("Anthony Blinke", null, "RU"))).isEmpty();
    }

    @Test
    void aGivenNameSpelledSlightlyDifferentlyJoinsTheOnlyCandidate() {
        KnownParticipant netanyahu = new KnownParticipant("p7", "Benjamin Netanyahu", List.of(), PERSON, "IL", List.of());
        assertThat(ParticipantMatcher.match(person("Binyamin Netanyahu", null, null), List.of(netanyahu, BLINKEN)))
                .map(m -> m.participant().id()).contains("p7");
        // two such candidates: neither without a role or country to tell them apart
        KnownParticipant other = new KnownParticipant("p8", "Benyamin Netanyahu", List.of(), PERSON, null, List.of());
        assertThat(ParticipantMatcher.match(person("Binyamin Netanyahu", null, null), List.of(netanyahu, other))).isEmpty();
        assertThat(ParticipantMatcher.match(person("Binyamin Netanyahu", null, "IL"), List.of(netanyahu, other)))
                .map(m -> m.participant().id()).contains("p7");
    }

    @Test
    void aShorterFormWithTheFirstNameDroppedDoesNotConflictWithTheFullOne() {
        // "Paulo Santos Rocha" was also written "Santos Rocha"; "Paulo Santoz Rocha" is the same person spelled
        // slightly differently, while "Maria Rocha" is someone else
        KnownParticipant rocha = new KnownParticipant("p9", "Santos Rocha", List.of("Paulo Santos Rocha"), PERSON, "GW", List.of());
        assertThat(ParticipantMatcher.match(person("Paulo Santoz Rocha", null, "GW"), List.of(rocha)))
                .map(m -> m.participant().id()).contains("p9");
        assertThat(ParticipantMatcher.match(person("Maria Rocha", null, "GW"), List.of(rocha))).isEmpty();
    }

    @Test
    void surnameOnlyWhenUnambiguous() {
        assertThat(match(person("Blinken", null, null))).contains("p1");
        assertThat(match(person("Shoigu", null, null))).contains("p6");
    }

    @Test
    void surnameShared_decidedByRoleElseNone() {
        assertThat(match(person("Biden", null, "US"))).isEmpty();
        assertThat(match(person("Biden", "President", "US"))).contains("p2");
        assertThat(match(person("Wang", "Foreign Minister", "CN"))).contains("p4");
        assertThat(match(person("Wang", "Chinese Foreign Minister", null))).contains("p4");
        assertThat(match(person("Wang", null, "CN"))).isEmpty();
    }

    @Test
    void givenNamesConflict() {
        assertThat(match(person("Hunter Biden", null, "US"))).isEmpty();
        assertThat(match(person("Jill Biden", "President", "US"))).contains("p3");
        // "Biden" as an alias of a Jill mention must not bind it to Joe
        assertThat(match(person("Jill Biden", null, null, "Biden"))).contains("p3");
    }

    @Test
    void countriesConflict() {
        assertThat(match(person("Antony Blinken", null, "GB"))).isEmpty();
        // a country derived from the title conflicts too
        assertThat(match(person("Antony Blinken", "British Foreign Secretary", null))).isEmpty();
    }

    @Test
    void kindMustAgree() {
        assertThat(ParticipantMatcher.match(new ExtractedParticipant("State Department", ORGANIZATION, null, null, null, List.of()), ALL)
                .map(m -> m.participant().id())).contains("o1");
        assertThat(ParticipantMatcher.match(new ExtractedParticipant("Blinken", ORGANIZATION, null, null, null, List.of()), ALL)).isEmpty();
    }

    @Test
    void keysFindTheCandidates() {
        var keys = ParticipantMatcher.nameKeys(person("Mr. Blinken", null, null));
        assertThat(NameMatcher.nameKeys(BLINKEN.names(), PERSON)).containsAnyElementsOf(keys);
        assertThat(NameMatcher.nameKeys(JOE.names(), PERSON)).doesNotContainAnyElementsOf(keys);
    }
}
