package dev.readout.participant;

import dev.readout.extraction.ExtractedParticipant;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The grouping behind stored participants: a function of the set of sightings, whatever order they come in. */
class ParticipantGroupsTest {

    static int n;

    static Sighting s(String article, String name, String title, String country, String... aliases) {
        return ParticipantResolver.sighting(article, n++, new ExtractedParticipant(name, ParticipantKind.PERSON, title,
                null, country, List.of(aliases)), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 1));
    }

    static Set<Set<String>> groups(List<Sighting> sightings) {
        return ParticipantGroups.group(sightings).stream()
                .map(g -> g.stream().map(x -> x.articleId() + ":" + x.name()).collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.toSet());
    }

    @Test
    void sameGroupsInAnyOrder_familyNamesSharedStayApart() {
        List<Sighting> all = List.of(
                s("a1", "Joe Biden", "President", "US", "Biden"),
                s("a2", "Joseph R. Biden", null, "US"),
                s("a3", "Jill Biden", "First Lady", "US"),
                s("a4", "Biden", null, null),
                s("a5", "Biden", "President", "US"),
                s("a6", "Wang Yi", "Foreign Minister", "CN"),
                s("a7", "Wang Wenbin", "spokesperson", "CN"),
                s("a8", "Wang", "Chinese Foreign Minister", null),
                s("a9", "Sergey Shoygu", "Russian Defense Minister", null, "Shoygu"),
                s("a10", "Sergei Shoigu", "Defense Minister", "RU"),
                s("a11", "KISHIDA Fumio", null, "JP"),
                s("a12", "Fumio Kishida", "Prime Minister", "JP"));
        Set<Set<String>> expected = Set.of(
                Set.of("a1:Joe Biden", "a2:Joseph R. Biden", "a5:Biden"),
                Set.of("a3:Jill Biden"),
                Set.of("a4:Biden"), // Joe or Jill: nothing decides, so it stays apart
                Set.of("a6:Wang Yi", "a8:Wang"),
                Set.of("a7:Wang Wenbin"),
                Set.of("a9:Sergey Shoygu", "a10:Sergei Shoigu"),
                Set.of("a11:KISHIDA Fumio", "a12:Fumio Kishida"));
        Random random = new Random(11);
        List<Sighting> order = new ArrayList<>(all);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(order, random);
            assertThat(groups(order)).as("order " + i).isEqualTo(expected);
        }
    }

    @Test
    void participantFromSightings_fullestName_allAliases_rolesWithDates() {
        Sighting a = ParticipantResolver.sighting("a", 0, new ExtractedParticipant("Antony Blinken", ParticipantKind.PERSON,
                "Secretary of State", "State Department", "US", List.of("Blinken")), LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 1));
        Sighting b = ParticipantResolver.sighting("b", 0, new ExtractedParticipant("Tony Blinken", ParticipantKind.PERSON,
                "US Secretary of State", "State Department", null, List.of("Antony J. Blinken")), LocalDate.of(2022, 3, 5), LocalDate.of(2022, 3, 7));
        Participant p = ParticipantGroups.participant("id", List.of(a, b));
        assertThat(p.name()).isEqualTo("Antony Blinken");
        assertThat(p.aliases()).containsExactly("Antony J. Blinken", "Blinken", "Tony Blinken");
        assertThat(p.country()).isEqualTo("US");
        assertThat(p.roles()).singleElement().satisfies(r -> {
            assertThat(r.firstSeen()).isEqualTo("2022-02-01");
            assertThat(r.lastSeen()).isEqualTo("2022-03-07");
            assertThat(r.country()).isEqualTo("US");
        });
    }
}
