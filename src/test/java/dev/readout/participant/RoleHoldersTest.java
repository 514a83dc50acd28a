package dev.readout.participant;

import dev.readout.extraction.ExtractedParticipant;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A role an article never names is its office's holder on the call's day, only where that is one person. */
class RoleHoldersTest {

    private static ExtractedParticipant role(String words, String country) {
        return new ExtractedParticipant("?" + words, ParticipantKind.PERSON, null, null, country, List.of());
    }

    private static String read(String words, String country, String day) {
        LocalDate d = day == null ? null : LocalDate.parse(day);
        return RoleHolders.resolve(role(words, country), d, d).name();
    }

    @Test
    void theForeignMinisterOfChinaIsWhoeverHeldTheOfficeThatDay() {
        assertThat(read("foreign minister of China", "CN", "2022-12-21")).isEqualTo("Wang Yi");
        assertThat(read("Chinese Foreign Minister", "CN", "2023-04-10")).isEqualTo("Qin Gang");
        assertThat(read("China's foreign minister", "CN", "2024-02-01")).isEqualTo("Wang Yi");
        assertThat(read("president of the United States", "US", "2022-05-01")).isEqualTo("Joe Biden");
    }

    @Test
    void theHolderKeepsTheRoleAsTitleAndTheState() {
        ExtractedParticipant p = RoleHolders.resolve(role("foreign minister of China", "CN"),
                LocalDate.parse("2022-12-21"), LocalDate.parse("2022-12-21"));
        assertThat(p.title()).isEqualTo("foreign minister of China");
        assertThat(p.country()).isEqualTo("CN");
        assertThat(p.kind()).isEqualTo(ParticipantKind.PERSON);
    }

    @Test
    void anUnknownDayAHandoverOrAYearListedTenureLeavesTheRole() {
        assertThat(read("foreign minister of China", "CN", null)).isEqualTo("?foreign minister of China");
        assertThat(read("foreign minister of China", "CN", "2022-12-30")).isEqualTo("?foreign minister of China");
        assertThat(read("Australian foreign minister", "AU", "2022-03-01")).isEqualTo("?Australian foreign minister");
    }

    @Test
    void wordsThatNameSomeoneElseOrSeveralLeaveTheRole() {
        assertThat(read("former foreign minister of China", "CN", "2022-12-21")).startsWith("?");
        assertThat(read("Chinese counterpart", "CN", "2022-12-21")).startsWith("?");
        assertThat(read("president-elect", "US", "2020-12-01")).startsWith("?");
        assertThat(read("Saudi crown prince", "SA", "2022-12-01")).startsWith("?");
        assertThat(read("foreign ministers of China", "CN", "2022-12-21")).startsWith("?");
        assertThat(read("Chinese deputy foreign minister", "CN", "2022-12-21")).startsWith("?");
        assertThat(read("foreign minister of Russia", "CN", "2022-12-21")).startsWith("?"); // another state's office
        assertThat(read("senior Chinese official", "CN", "2022-12-21")).startsWith("?");
    }

    @Test
    void aNamedPersonIsLeftAlone() {
        ExtractedParticipant p = new ExtractedParticipant("Wang Yi", ParticipantKind.PERSON, null, null, "CN", List.of());
        assertThat(RoleHolders.resolve(p, LocalDate.parse("2023-03-01"), LocalDate.parse("2023-03-01"))).isSameAs(p);
    }
}
