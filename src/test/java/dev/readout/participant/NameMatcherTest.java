package dev.readout.participant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.readout.participant.NameMatcher.Relation.CONFLICT;
import static dev.readout.participant.NameMatcher.Relation.SAME;
import static dev.readout.participant.NameMatcher.Relation.SIMILAR;
import static dev.readout.participant.NameMatcher.Relation.SURNAME_ONLY;
import static dev.readout.participant.NameMatcher.Relation.TYPO;
import static dev.readout.participant.NameMatcher.Relation.UNRELATED;
import static org.assertj.core.api.Assertions.assertThat;

class NameMatcherTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            // accents and case
            "Recep Tayyip Erdoğan | recep tayyip erdogan",
            "Nicolae Ciucă | Nicolae Ciuca",
            // transliteration through the key, not a list of pairs
            "Sergei Shoigu | Sergey Shoygu",
            "Volodymyr Zelensky | Volodymyr Zelenskyy",
            "Volodymyr Zelenskiy | Volodymyr Zelenskyy",
            "Dmitry Peskov | Dmitri Peskov",
            "Yuri Ushakov | Yury Ushakov",
            "Olexiy Reznikov | Oleksii Reznikov",
            "Oleksiy Reznikov | Olexiy Reznikov",
            "Aleksei Navalny | Alexei Navalny",
            // familiar first names from the table
            "Liz Truss | Elizabeth Truss",
            "Tony Blinken | Antony Blinken",
            "Joe Biden | Joseph R. Biden Jr.",
            "Bill Burns | William Burns",
            "Mike Pompeo | Michael Pompeo",
            "Vladimir Zelensky | Volodymyr Zelenskyy",
            "Dmitry Kuleba | Dmytro Kuleba",
            "Serhiy Kyslytsya | Sergei Kyslytsya",
            // middle initials and names, titles
            "Antony J. Blinken | Antony Blinken",
            "Vladimir V. Putin | President Vladimir Putin",
            "Tayyip Erdogan | Recep Tayyip Erdogan",
            "Mr. Sergey Lavrov | Russian Foreign Minister Sergey Lavrov",
            "Dr. Jill Biden | Jill Biden",
            "S Jaishankar | Subrahmanyam Jaishankar",
            // family name first
            "KISHIDA Fumio | Fumio Kishida",
            "Kishida Fumio | Fumio Kishida",
            "Abdel Fattah Al-Sisi | Abdel Fattah el-Sisi",
            "Ursula von der Leyen | Ursula Von Der Leyen",
            // romanised names: syllables spaced or hyphenated differently, family name first or last
            "Moon Jae In | Moon Jae-in",
            "Kim Jong Un | Kim Jong-un",
            "Jae-in Moon | Moon Jae-in",
            // a patronymic or the dynasty's name added, or both sides going on with one
            "Faisal bin Farhan | Faisal bin Farhan Al Saud",
            "Faisal bin Farhan Al Saud | Faisal bin Farhan bin Abdullah",
            "Luiz Inácio Lula | Luiz Inácio Lula da Silva",
            // a place the crawl glued after the name
            "Wang Yi Washington | Wang Yi",
            "Antony Blinken Kyiv | Antony Blinken",
    })
    void samePerson(String a, String b) {
        assertThat(NameMatcher.sameParticipant(a, b).relation()).as(NameMatcher.sameParticipant(a, b).reason()).isEqualTo(SAME);
        assertThat(NameMatcher.sameParticipant(b, a).relation()).isEqualTo(SAME);
        assertThat(NameMatcher.nameKeys(a, ParticipantKind.PERSON))
                .as("a lookup by key finds the other").containsAnyElementsOf(NameMatcher.nameKeys(b, ParticipantKind.PERSON));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "Wang Yi | Wang Wenbin",
            "Joe Biden | Jill Biden",
            "Hunter Biden | Joe Biden",
            "Kaja Kallas | Siim Kallas",
    })
    void samFamilyDifferentPeople(String a, String b) {
        assertThat(NameMatcher.sameParticipant(a, b).relation()).isIn(CONFLICT, UNRELATED);
        assertThat(NameMatcher.sameParticipant(a, b).same()).isFalse();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            // a whole syllable apart: father and son
            "Kim Jong Un | Kim Jong Il",
            // one name contains the other, but from a different first name: King Salman and his son
            "Salman bin Abdulaziz | Mohammed bin Salman bin Abdulaziz al Saud",
            // only the particle in common
            "Mohammed bin Salman | Mohammed bin Zayed",
            "Hamad bin Khalifa Al Thani | Hamad bin Jassim Al Thani",
            // short given names are never a slip of each other
            "Raul Castro | Fidel Castro",
            // one given name in common is not enough for one name to extend the other
            "George Washington | George Bush",
    })
    void namesThatShareTooLittle(String a, String b) {
        assertThat(NameMatcher.sameParticipant(a, b).relation()).isIn(CONFLICT, UNRELATED);
        assertThat(NameMatcher.sameParticipant(a, b).same()).isFalse();
    }

    @Test
    void givenNamesSpelledSlightlyDifferentlyAreSimilarNotTheSame() {
        // SIMILAR: the same person when it is the only candidate (ParticipantMatcher decides)
        assertThat(NameMatcher.sameParticipant("Benjamin Netanyahu", "Binyamin Netanyahu").relation()).isEqualTo(SIMILAR);
        assertThat(NameMatcher.sameParticipant("Volodymr Zelenskyy", "Volodymyr Zelensky").relation()).isEqualTo(SIMILAR);
        assertThat(NameMatcher.sameParticipant("Umaro Cissoko Embalo", "Umaro Sissoco Embaló").relation()).isEqualTo(SIMILAR);
        assertThat(NameMatcher.sameParticipant("Hossein Amir-Abdollahian", "Hussein Amir Abdollahian").relation())
                .isEqualTo(SIMILAR);
        // and a lookup by key finds them
        assertThat(NameMatcher.nameKeys("Hossein Amir-Abdollahian", ParticipantKind.PERSON))
                .containsAnyElementsOf(NameMatcher.nameKeys("Hussein Amir Abdollahian", ParticipantKind.PERSON));
    }

    @Test
    void aFamilyNameOneLetterOffIsATypoThatNeedsConfirming() {
        assertThat(NameMatcher.sameParticipant("Anthony Blinke", "Antony Blinken").relation()).isEqualTo(TYPO);
        // the same edit is how relatives' names differ: a typo is only a hint
        assertThat(NameMatcher.sameParticipant("Maria Ivanova", "Maria Ivanov").relation()).isEqualTo(TYPO);
        assertThat(NameMatcher.nameKeys("Anthony Blinke", ParticipantKind.PERSON))
                .containsAnyElementsOf(NameMatcher.nameKeys("Antony Blinken", ParticipantKind.PERSON));
        // other given names: not even a typo
        assertThat(NameMatcher.sameParticipant("Joe Blinke", "Antony Blinken").same()).isFalse();
    }

    @Test
    void differentFamilyNamesAreUnrelated() {
        assertThat(NameMatcher.sameParticipant("Sergey Lavrov", "Sergei Shoigu").relation()).isEqualTo(UNRELATED);
        assertThat(NameMatcher.sameParticipant("Olaf Scholz", "Emmanuel Macron").same()).isFalse();
    }

    @Test
    void surnameOnlyIsMarkedSoTheCallerDecidesAmbiguity() {
        assertThat(NameMatcher.sameParticipant("Blinken", "Antony J. Blinken").relation()).isEqualTo(SURNAME_ONLY);
        assertThat(NameMatcher.sameParticipant("President Biden", "Joe Biden").relation()).isEqualTo(SURNAME_ONLY);
        assertThat(NameMatcher.sameParticipant("Mr. Zelenskyy", "Volodymyr Zelensky").relation()).isEqualTo(SURNAME_ONLY);
        assertThat(NameMatcher.sameParticipant("Yoon", "Yoon Suk-yeol").relation()).isEqualTo(SURNAME_ONLY);
        assertThat(NameMatcher.sameParticipant("Wang", "Wang Yi").relation()).isEqualTo(SURNAME_ONLY);
        assertThat(NameMatcher.sameParticipant("Wang", "Wang Wenbin").relation()).isEqualTo(SURNAME_ONLY);
    }

    @Test
    void surnameOnlyJoinsTheOneFullNameElseStaysApart() {
        assertThat(NameGroups.group(List.of("Blinken", "Antony Blinken", "Antony J. Blinken", "Tony Blinken", "Sergey Lavrov",
                "Lavrov"), ParticipantKind.PERSON))
                .containsExactlyInAnyOrder(List.of("Antony Blinken", "Antony J. Blinken", "Blinken", "Tony Blinken"),
                        List.of("Lavrov", "Sergey Lavrov"));
        // two people named Biden: "Biden" alone is ambiguous and stays apart; Joe and Jill never join
        assertThat(NameGroups.group(List.of("Joe Biden", "Jill Biden", "Biden", "Joseph Biden"), ParticipantKind.PERSON))
                .containsExactlyInAnyOrder(List.of("Joe Biden", "Joseph Biden"), List.of("Jill Biden"), List.of("Biden"));
        assertThat(NameGroups.group(List.of("Wang Yi", "Wang Wenbin", "Wang"), ParticipantKind.PERSON)).hasSize(3);
        // a bridge name that fits both ("J. Biden") must not pull Joe and Jill together
        assertThat(NameGroups.group(List.of("Joe Biden", "J. Biden", "Jill Biden"), ParticipantKind.PERSON))
                .noneMatch(g -> g.contains("Joe Biden") && g.contains("Jill Biden"));
    }

    @ParameterizedTest(name = "org {0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "US State Department | State Department",
            "U.S. Department of State | US State Department",
            "the State Department | Department of State",
            "White House | the White House",
            "Kremlin | the Kremlin",
            "European Union | EU",
            "NATO | North Atlantic Treaty Organization",
    })
    void sameOrganization(String a, String b) {
        assertThat(NameMatcher.sameParticipant(a, b, ParticipantKind.ORGANIZATION).relation()).isEqualTo(SAME);
        assertThat(NameMatcher.nameKeys(a, ParticipantKind.ORGANIZATION))
                .containsAnyElementsOf(NameMatcher.nameKeys(b, ParticipantKind.ORGANIZATION));
    }

    @Test
    void differentOrganizationsAndCountries() {
        assertThat(NameMatcher.sameParticipant("Russian Foreign Ministry", "Ukrainian Foreign Ministry",
                ParticipantKind.ORGANIZATION).relation()).isEqualTo(CONFLICT);
        assertThat(NameMatcher.sameParticipant("Kremlin", "Russian government", ParticipantKind.ORGANIZATION).same()).isFalse();
        assertThat(NameMatcher.sameParticipant("White House", "State Department", ParticipantKind.ORGANIZATION).same()).isFalse();
        assertThat(NameMatcher.sameParticipant("U.S.", "United States", ParticipantKind.COUNTRY).same()).isTrue();
        assertThat(NameMatcher.sameParticipant("Russia", "U.S.", ParticipantKind.COUNTRY).same()).isFalse();
    }

    @Test
    void anonymousSourcesOnlyAsWritten() {
        assertThat(NameMatcher.sameParticipant("a senior State Department official", "A senior State Department official").same()).isTrue();
        assertThat(NameMatcher.sameParticipant("a senior White House official", "senior administration official").same()).isFalse();
    }

    @Test
    void fullestCommonName() {
        assertThat(NameMatcher.fullestCommonName(List.of("Blinken", "Antony Blinken", "Blinken"))).isEqualTo("Antony Blinken");
        // the most frequent full form beats a one-off middle initial; on a tie the form without the initial
        assertThat(NameMatcher.fullestCommonName(List.of("Antony J. Blinken", "Antony Blinken", "Antony Blinken"))).isEqualTo("Antony Blinken");
        assertThat(NameMatcher.fullestCommonName(List.of("Antony J. Blinken", "Antony Blinken"))).isEqualTo("Antony Blinken");
        assertThat(NameMatcher.fullestCommonName(List.of("Antony J. Blinken", "Antony J. Blinken", "Antony Blinken"))).isEqualTo("Antony J. Blinken");
        assertThat(NameMatcher.fullestCommonName(List.of("President Biden", "Biden"))).isEqualTo("Biden");
        assertThat(NameMatcher.fullestCommonName(List.of("President Biden", "US President Joe Biden"))).isEqualTo("Joe Biden");
        assertThat(NameMatcher.fullestCommonName(List.of("Liz Truss", "Elizabeth Truss"))).isEqualTo("Elizabeth Truss");
        assertThat(NameMatcher.fullestCommonName(List.of("KISHIDA Fumio"))).isEqualTo("Fumio Kishida");
        assertThat(NameMatcher.fullestCommonName(List.of("Yoon Suk-yeol", "Yoon"))).isEqualTo("Yoon Suk-yeol");
        // order does not matter
        assertThat(NameMatcher.fullestCommonName(List.of("Zelenskyy", "Volodymyr Zelenskyy", "Volodymyr Zelensky")))
                .isEqualTo(NameMatcher.fullestCommonName(List.of("Volodymyr Zelensky", "Zelenskyy", "Volodymyr Zelenskyy")));
        assertThat(NameMatcher.fullestCommonName(List.of("State Department", "US State Department", "State Department"),
                ParticipantKind.ORGANIZATION)).isEqualTo("State Department");
    }

    @Test
    void theShownNameIsNeverAGluedPlaceOrATypoSeenOnce() {
        // a glued form is never shown while the name without it is known, even when it is longer or more frequent
        assertThat(NameMatcher.fullestCommonName(List.of("Wang Yi Washington", "Wang Yi Washington", "Wang Yi")))
                .isEqualTo("Wang Yi");
        // a typo seen once loses to the spelling seen more often
        assertThat(NameMatcher.fullestCommonName(List.of("Anthony Blinke", "Antony Blinken", "Antony Blinken")))
                .isEqualTo("Antony Blinken");
        // ... and, on a tie, to the spelling the surname-only mentions share
        assertThat(NameMatcher.fullestCommonName(List.of("Anthony Blinke", "Antony Blinken", "Blinken", "Blinken")))
                .isEqualTo("Antony Blinken");
        // a family name that is a place is not taken for a glued one
        assertThat(NameMatcher.fullestCommonName(List.of("George Washington"))).isEqualTo("George Washington");
        // a style before a single name is how the person is known
        assertThat(NameMatcher.fullestCommonName(List.of("Pope Francis", "Francis"))).isEqualTo("Pope Francis");
        assertThat(NameMatcher.sameParticipant("Pope Francis", "Francis").relation()).isEqualTo(SURNAME_ONLY);
    }

    @Test
    void parsesNames() {
        PersonName p = PersonName.parse("US Secretary of State Antony J. Blinken");
        assertThat(p.display()).isEqualTo("Antony J. Blinken");
        assertThat(p.given()).containsExactly("antony", "j");
        assertThat(p.family()).isEqualTo("blinken");
        assertThat(PersonName.parse("Prime Minister Kaja Kallas of Estonia").display()).isEqualTo("Kaja Kallas");
        assertThat(PersonName.parse("KISHIDA Fumio").family()).isEqualTo("kishida");
        assertThat(PersonName.parse("President")).isNull();
        // particles before a family name are dropped, a given name that looks like one is kept
        assertThat(PersonName.parse("Ursula von der Leyen").given()).containsExactly("ursula");
        assertThat(PersonName.parse("Ben Wallace").given()).containsExactly("ben");
        assertThat(PersonName.parse("Al Gore").given()).containsExactly("al");
        assertThat(NameMatcher.sameParticipant("Ben Wallace", "Wallace").relation()).isEqualTo(SURNAME_ONLY);
        assertThat(NameMatcher.sameParticipant("Al-Sisi", "Abdel Fattah el-Sisi").relation()).isEqualTo(SURNAME_ONLY);
    }
}
