package dev.readout.extraction.people;

import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.StoredAnalyses;
import dev.readout.participant.ParticipantKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speaker resolution for quotations ({@link ArticlePeople#resolve}), on texts written for the test
 * ({@code People.texts}, stored analyses, no model): short names and nicknames, acronyms, a title with its holder
 * named after it, offices, a pronoun before anyone is named.
 */
class PeopleSpeakersTest {

    private static StoredAnalyses suite;

    @BeforeAll
    static void load() {
        suite = StoredAnalyses.suite("People");
    }

    private static ExtractedParticipant speaker(String id, String words, String before) {
        String text = suite.get(id).text();
        return ArticlePeople.index(suite.get(id)).resolve(words, text.indexOf(before));
    }

    @Test
    void aShortNameInParenthesesOrQuotesIsThePerson() {
        assertThat(speaker("alias-parentheses", "Jokowi", "Jokowi said").name()).isEqualTo("Joko Widodo");
        assertThat(speaker("alias-nickname", "Jokowi", "Jokowi said").name()).isEqualTo("Joko Widodo");
    }

    @Test
    void anAcronymIsTheNameItAbbreviates() {
        ExtractedParticipant p = speaker("speaker-acronym", "PSCU", "PSCU said");
        assertThat(p.name()).isEqualTo("Presidential Strategic Communications Unit");
        assertThat(p.kind()).isEqualTo(ParticipantKind.ORGANIZATION);
    }

    @Test
    void aTitleInAppositionIsItsHolder() {
        assertThat(speaker("speaker-title-then-name", "Chief Officer of the Department of Public Information of the UN office in Yerevan",
                "Chief Officer").name()).isEqualTo("Anna Petrosyan");
    }

    @Test
    void anOfficeSpeaksForItselfNotForItsHead() {
        ExtractedParticipant p = speaker("speaker-office", "the premier's office", "the premier's office");
        assertThat(p.name()).isEqualTo("premier's office");
        assertThat(p.kind()).isEqualTo(ParticipantKind.ORGANIZATION);
    }

    @Test
    void aPronounBeforeAnyoneIsNamedIsTheNextPersonNamed() {
        assertThat(speaker("speaker-cataphora", "she", "she said").name()).isEqualTo("Penny Wong");
    }

    @Test
    void anHonorificAndPatronymicSpeaker() {
        assertThat(speaker("speaker-honorific-patronymic", "Prince Faisal", "Prince Faisal said").name())
                .isEqualTo("Faisal bin Farhan");
    }
}
