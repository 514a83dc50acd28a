package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.LanguagePipeline;
import dev.readout.participant.ParticipantKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ArticlePeopleTest {

    private static ArticlePeople index(String text) {
        AnalyzedText a = LanguagePipeline.shared().analyze(text, LocalDate.of(2023, 5, 12));
        return ArticlePeople.index(a);
    }

    @Test
    void surnameMentionsResolveToTheFullestNameWithRoleAndCountry() {
        String text = "Russian Defence Minister Sergey Shoygu arrived in Minsk on Monday. "
                + "Shoigu told reporters the visit was routine.";
        ArticlePeople people = index(text);
        ExtractedParticipant p = people.resolve("Shoigu", text.indexOf("Shoigu told"));
        assertThat(p.name()).isEqualTo("Sergey Shoygu");
        assertThat(p.kind()).isEqualTo(ParticipantKind.PERSON);
        assertThat(p.country()).isEqualTo("RU");
        assertThat(p.title()).isEqualTo("Defence Minister");
        assertThat(p.aliases()).contains("Shoigu");
    }

    @Test
    void honorificAndAppositiveTitle() {
        String text = "Dana Whitfield, the US Secretary of State, arrived in Oslo. Ms. Whitfield later left for Rome.";
        ArticlePeople people = index(text);
        ExtractedParticipant p = people.resolve("Ms. Whitfield", text.indexOf("Ms. Whitfield"));
        assertThat(p.name()).isEqualTo("Dana Whitfield");
        assertThat(p.country()).isEqualTo("US");
        assertThat(p.title()).isEqualTo("Secretary of State");
    }

    @Test
    void roleReferencesResolveToTheNamedPerson() {
        String text = "Ukrainian President Volodymyr Zelensky visited the front. Pentagon spokesperson John Kirby "
                + "commented on the visit. The Ukrainian president said the troops were ready, and the Pentagon "
                + "spokesperson said aid would continue.";
        ArticlePeople people = index(text);
        assertThat(people.resolve("The Ukrainian president", text.indexOf("The Ukrainian president")).name())
                .isEqualTo("Volodymyr Zelensky");
        assertThat(people.resolve("the Pentagon spokesperson", text.indexOf("the Pentagon\nspokesperson".replace('\n', ' '))).name())
                .isEqualTo("John Kirby");
    }

    @Test
    void officesAndAnonymousSourcesKeepTheirWordsAndCountry() {
        String text = "The Kremlin said the talks were useful. A senior White House official said the US State "
                + "Department would publish a readout.";
        ArticlePeople people = index(text);
        ExtractedParticipant kremlin = people.resolve("The Kremlin", 0);
        assertThat(kremlin.name()).isEqualTo("Kremlin");
        assertThat(kremlin.kind()).isEqualTo(ParticipantKind.ORGANIZATION);
        assertThat(kremlin.country()).isEqualTo("RU");
        ExtractedParticipant anon = people.resolve("A senior White House official", text.indexOf("A senior"));
        assertThat(anon.name()).isEqualTo("A senior White House official");
        assertThat(anon.country()).isEqualTo("US");
        ExtractedParticipant state = people.resolve("the US State Department", text.indexOf("US State"));
        assertThat(state.kind()).isEqualTo(ParticipantKind.ORGANIZATION);
        assertThat(state.country()).isEqualTo("US");
        assertThat(state.name()).contains("State Department");
    }

    @Test
    void pronounsResolveToTheLastPersonNamed() {
        String text = "Kenyan Foreign Minister Alfred Mutua met reporters in Nairobi. He said the region needed calm.";
        ArticlePeople people = index(text);
        assertThat(people.resolve("He", text.indexOf("He said")).name()).isEqualTo("Alfred Mutua");
    }

    @Test
    void gazetteerGivesIsoCodesForNamesAdjectivesAndInstitutions() {
        Gazetteer g = Gazetteer.shared();
        assertThat(g.countryOf("American")).isEqualTo("US");
        assertThat(g.countryOf("U.S.")).isEqualTo("US");
        assertThat(g.countryOf("the US")).isEqualTo("US");
        assertThat(g.countryOf("British")).isEqualTo("GB");
        assertThat(g.countryOf("UK")).isEqualTo("GB");
        assertThat(g.countryOf("Britain’s")).isEqualTo("GB");
        assertThat(g.countryOf("Kremlin")).isEqualTo("RU");
        assertThat(g.countryOf("European Commission")).isEqualTo("EU");
        assertThat(g.countryOf("who")).isNull();
        assertThat(g.familyOf("Secretary of State")).isEqualTo("FOREIGN");
    }
}
