package dev.readout.lexicon;

import dev.readout.lexicon.KnownActors.Known;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The actor dictionary answers for names an article gives without a state, and stays silent where it cannot know. */
class KnownActorsTest {

    private static final KnownActors ACTORS = KnownActors.shared();

    private static Known on(String name, String day) {
        return ACTORS.lookup(List.of(name), day == null ? null : LocalDate.parse(day));
    }

    @Test
    void aListedShortFormOrTheFullNameGivesTheStateAndTheOfficeOfThatDay() {
        assertThat(on("Putin", "2010-06-01")).extracting(Known::country, Known::family).containsExactly("RU", "HEAD_OF_GOVERNMENT");
        assertThat(on("Vladimir Putin", "2022-06-01")).extracting(Known::country, Known::family).containsExactly("RU", "HEAD_OF_STATE");
    }

    @Test
    void undatedAHolderOfBothTopOfficesIsALeader() {
        assertThat(on("Putin", null)).extracting(Known::country, Known::family).containsExactly("RU", "LEADER");
    }

    @Test
    void middleNamesLeftOutAndInitialsAddedStillMatch() {
        assertThat(on("Tayyip Erdogan", null).country()).isEqualTo("TR");
        assertThat(on("Vladimir V. Putin", null).country()).isEqualTo("RU");
    }

    @Test
    void accentsAndCaseAreFolded() {
        assertThat(on("LUIZ INACIO LULA DA SILVA", "2023-05-12").country()).isEqualTo("BR");
    }

    @Test
    void aRomanisationTheListDoesNotSpellOutMatchesByTheProductsTransliterationKey() {
        assertThat(on("Volodimir Zelenskii", "2023-01-01").country()).isEqualTo("UA");
    }

    @Test
    void aCommonSurnameAloneOrAnUnknownPersonGivesNothing() {
        assertThat(on("Johnson", null)).isNull();
        assertThat(on("Kim", null)).isNull();
        assertThat(on("Jane Roe", null)).isNull();
    }

    @Test
    void aDayOutsideEveryTenureGivesNothing() {
        // Zelensky took office in 2019: in 2010 he was no official
        assertThat(on("Zelensky", "2010-01-01")).isNull();
        assertThat(on("Zelensky", "2023-01-01").country()).isEqualTo("UA");
    }

    private static String holder(String country, String family, String first, String last) {
        return ACTORS.holder(country, family, LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void dayPreciseTenuresGiveTheHolderOfAnOfficeOnADay() {
        // Qin Gang was China's foreign minister from 30 December 2022 to 25 July 2023, between Wang Yi's two tenures
        assertThat(holder("CN", "FOREIGN", "2022-12-21", "2022-12-21")).isEqualTo("Wang Yi");
        assertThat(holder("CN", "FOREIGN", "2023-03-02", "2023-03-02")).isEqualTo("Qin Gang");
        assertThat(holder("CN", "FOREIGN", "2023-09-01", "2023-09-30")).isEqualTo("Wang Yi");
        assertThat(holder("US", "HEAD_OF_STATE", "2021-01-21", "2021-01-21")).isEqualTo("Joe Biden");
    }

    @Test
    void aHandoverDayOrDaysAcrossItAreAmbiguous() {
        assertThat(holder("CN", "FOREIGN", "2022-12-30", "2022-12-30")).isNull();
        assertThat(holder("CN", "FOREIGN", "2022-12-01", "2022-12-31")).isNull();
        assertThat(holder("US", "HEAD_OF_STATE", "2021-01-20", "2021-01-20")).isNull();
    }

    @Test
    void tenuresListedByYearLeaveTheirYearsAmbiguousAndTheRestKnown() {
        // Marise Payne and Penny Wong: Payne's tenure ends "2022"; Wong's starts 2022-05-23
        assertThat(holder("AU", "FOREIGN", "2022-03-01", "2022-03-01")).isNull();
        assertThat(holder("AU", "FOREIGN", "2022-06-01", "2022-06-01")).isNull();
        assertThat(holder("AU", "FOREIGN", "2023-06-01", "2023-06-01")).isEqualTo("Penny Wong");
    }

    @Test
    void anOfficeNotListedOrADayBeyondTheDataGivesNoHolder() {
        assertThat(holder("US", "SPOKES", "2022-01-01", "2022-01-01")).isNull();
        assertThat(holder("CN", "FOREIGN", "2026-03-01", "2026-03-01")).isNull(); // open tenures are known to 2025
        assertThat(holder("UA", "HEAD_OF_STATE", "2008-01-01", "2008-01-01")).isEqualTo("Viktor Yushchenko");
        assertThat(holder("UA", "HEAD_OF_STATE", "2010-06-01", "2010-06-01")).isNull(); // his end is listed as "2010"
    }

    @Test
    void preciseBoundsDoNotChangeWhatANameTellsForADay() {
        // name lookups keep their year's slack: the dictionary still gives Wang Yi's state in 2022 and 2023
        assertThat(on("Wang Yi", "2023-03-01").country()).isEqualTo("CN");
        assertThat(on("Qin Gang", "2024-01-01").country()).isEqualTo("CN");
    }
}
