package dev.readout.participant;

import dev.readout.extraction.ExtractedParticipant;
import dev.readout.participant.ParticipantMatcher.KnownParticipant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every name the gold gives across the 25 seed and dev articles, grouped by the name logic: each real person,
 * office or country must be exactly one group. The expected groups are pinned by reading the articles.
 */
public class NameGroupsDevGoldTest {

    /** Offices, organisations and states of the gold (a person reader decides the kind; the extractor gives it). */
    public static final Set<String> ORGANIZATIONS = GoldIdentities.ORGANIZATIONS;
    public static final Set<String> COUNTRIES = GoldIdentities.COUNTRIES;

    /** The names that are the same person; every other name is a participant of its own. */
    public static final List<Set<String>> SAME = GoldIdentities.SAME;

    static List<String> names;

    @BeforeAll
    static void read() {
        assumeTrue(NameGoldCorpus.present(), "corpus not found at " + NameGoldCorpus.root());
        names = NameGoldCorpus.names();
    }

    static Set<Set<String>> expected() {
        return new HashSet<>(GoldIdentities.expected(new TreeSet<>(names)));
    }

    static ParticipantKind kind(String name) {
        return GoldIdentities.kind(name);
    }

    @Test
    void eachRealParticipantIsExactlyOneGroup() {
        Set<Set<String>> got = new HashSet<>();
        for (ParticipantKind k : ParticipantKind.values()) {
            List<String> ofKind = names.stream().filter(n -> kind(n) == k).toList();
            NameGroups.group(ofKind, k).forEach(g -> got.add(Set.copyOf(g)));
        }
        assertThat(new TreeSet<>(names)).hasSize(65);
        assertThat(got).containsExactlyInAnyOrderElementsOf(expected());
        System.out.printf("dev gold names: %d mentions, %d distinct names, %d participants (expected %d)%n",
                names.size(), new TreeSet<>(names).size(), got.size(), expected().size());
    }

    /** The Resolver's way: mentions arrive one by one and are matched against what is known; any order, same result. */
    @Test
    void incrementalMatchingInAnyOrderGivesTheSameParticipants() {
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            List<String> order = new ArrayList<>(names);
            Collections.shuffle(order, random);
            List<KnownParticipant> known = new ArrayList<>();
            for (String n : order) {
                ExtractedParticipant p = new ExtractedParticipant(n, kind(n), null, null, null, List.of());
                var hit = ParticipantMatcher.match(p, known);
                if (hit.isPresent()) {
                    KnownParticipant k = hit.get().participant();
                    List<String> aliases = new ArrayList<>(k.aliases());
                    aliases.add(n);
                    known.set(known.indexOf(k), new KnownParticipant(k.id(), k.name(), aliases, k.kind(), k.country(), k.roles()));
                } else {
                    known.add(new KnownParticipant("p" + known.size(), n, List.of(), kind(n), null, List.of()));
                }
            }
            Set<Set<String>> got = known.stream().map(k -> {
                Set<String> s = new TreeSet<>(k.aliases());
                s.add(k.name());
                return s;
            }).collect(Collectors.toSet());
            assertThat(got).as("round " + round).containsExactlyInAnyOrderElementsOf(expected());
        }
    }

    @Test
    void fullestNames() {
        List<String> biden = names.stream().filter(n -> n.contains("Biden") && !NameMatcher.isAnonymous(n)).toList();
        assertThat(NameMatcher.fullestCommonName(biden)).isEqualTo("Joe Biden");
        assertThat(NameMatcher.fullestCommonName(names.stream().filter(n -> n.contains("Blinken")).toList())).isEqualTo("Antony Blinken");
        assertThat(NameMatcher.fullestCommonName(names.stream().filter(n -> n.contains("Zelensk")).toList())).isEqualTo("Volodymyr Zelensky");
        assertThat(NameMatcher.fullestCommonName(names.stream().filter(n -> n.contains("Putin")).toList())).isEqualTo("Vladimir Putin");
        assertThat(NameMatcher.fullestCommonName(names.stream().filter(n -> n.contains("Truss")).toList())).isEqualTo("Liz Truss");
    }
}
