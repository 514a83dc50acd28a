package dev.readout.extraction.people;

import dev.readout.lexicon.Gazetteer;
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
    void speakerPhrasesTheQuoteAttributorPasses() {
        String text = "Canadian Foreign Minister Melanie Joly met her Indian counterpart and his American counterpart Tony "
                + "Blinken in Delhi. India's top diplomat Subrahmanyam Jaishankar said the talks went well.";
        ArticlePeople people = index(text);
        int end = text.length() - 1;
        // an anonymous source stays anonymous even when it names a president
        assertThat(people.resolve("the senior Biden administration official", end).name())
                .isEqualTo("the senior Biden administration official");
        // a government is an organisation as written
        ExtractedParticipant gov = people.resolve("the Russian government", end);
        assertThat(gov.name()).isEqualTo("Russian government");
        assertThat(gov.kind()).isEqualTo(ParticipantKind.ORGANIZATION);
        assertThat(gov.country()).isEqualTo("RU");
        // "top diplomat" is a foreign minister's role, not an anonymous diplomat
        assertThat(people.resolve("India's top diplomat", end).name()).isEqualTo("Subrahmanyam Jaishankar");
        // "the Secretary of State" is the American named only as a counterpart
        assertThat(people.resolve("the Secretary of State", end).name()).isEqualTo("Tony Blinken");
        // a state stays as written
        assertThat(people.resolve("the US", end).name()).isEqualTo("US");
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
