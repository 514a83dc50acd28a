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
}
