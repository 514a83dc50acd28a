package dev.readout.extraction.people;

import dev.readout.extraction.StoredAnalyses;
import dev.readout.extraction.people.ArticlePeople.Kind;
import dev.readout.extraction.people.ArticlePeople.Party;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names that survive real text, on sentences written for the test ({@code People.texts}, stored analyses, no model):
 * honorifics and patronymics, particles, family name first, datelines and capitals as places, typos, glued words,
 * one family name shared by two people, names of facilities.
 */
class PeopleNamesTest {

    private static StoredAnalyses suite;

    @BeforeAll
    static void load() {
        suite = StoredAnalyses.suite("People");
    }

    static ArticlePeople people(String id) {
        return ArticlePeople.index(suite.get(id));
    }

    /** The people (persons) of a text, by name. */
    static List<String> persons(String id) {
        return people(id).parties().stream().filter(Party::isPerson).map(Party::name).toList();
    }

    static Party person(String id, String name) {
        return people(id).parties().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no party " + name + " in " + persons(id)));
    }

    @Test
    void anHonorificIsNoPartOfTheNameAndThePatronymicIs() {
        assertThat(persons("patronymic-honorific")).containsExactly("Abdullah bin Zayed Al Nahyan", "Hakan Fidan");
        assertThat(person("patronymic-honorific", "Abdullah bin Zayed Al Nahyan").aliases()).contains("Abdullah");
    }

    @Test
    void shortAndLongPatronymicFormsAreOnePerson() {
        assertThat(persons("patronymic-prince")).containsExactly("Faisal bin Farhan bin Abdullah");
        assertThat(person("patronymic-prince", "Faisal bin Farhan bin Abdullah").country()).isEqualTo("SA");
    }

    @Test
    void aOneWordStateAfterAPrepositionIsTheStateThoughTheTaggerSawAPerson() {
        // "Jordan" and "Chad" are given names too: after "of" or "to" they are the states; "Michael Jordan" is a man
        assertThat(persons("state-named-like-a-person")).containsExactly("Omar Haddad", "Michael Jordan");
        assertThat(person("state-named-like-a-person", "Omar Haddad").country()).isEqualTo("JO");
    }

    @Test
    void aDatelineThatIsASentenceOfItsOwnIsAPlace() {
        // the dateline's dash ends its sentence (SentenceRepair): the place and its country stand alone
        assertThat(persons("dateline-own-sentence")).containsExactly("Jorge Paz", "Ana Ruiz");
    }

    @Test
    void aTitleBeforeACommaIsTheNamesWhenItOpensTheSentenceOrBothAreClosedOff() {
        Party karimi = person("envoy-title-before-comma", "Reza Karimi");
        assertThat(karimi.family()).isEqualTo("AMBASSADOR");
        assertThat(karimi.country()).isEqualTo("IR");
        // "Ambassador to the country": the host is the article's state, the envoy is the one before the title
        Party orlov = person("envoy-to-the-country", "Pavel Orlov");
        assertThat(orlov.family()).isEqualTo("AMBASSADOR");
        assertThat(orlov.country()).isEqualTo("RU");
        // the title ends a clause of its own, and the name opens the next
        assertThat(person("title-before-comma-not-his", "Rahul Mehta").title()).isNull();
    }

    @Test
    void aTitleAfterTheNameMayBeNewlyAppointed() {
        // ", the newly appointed secretary general of <an international organisation>": the office and its body
        Party berg = person("apposition-newly-appointed", "Anna Berg");
        assertThat(berg.organization()).isEqualTo("Shanghai Cooperation Organization");
        assertThat(berg.international()).isTrue();
    }

    @Test
    void aTitleReachesItsNameAcrossTheHonourable() {
        // "President the Hon Jorge Paz": "the" opens the honorific, so the title before it is still his
        Party paz = person("title-the-honourable", "Jorge Paz");
        assertThat(paz.title()).isEqualTo("President");
        // and "his Chilean counterpart," before the apposition's comma gives his country
        assertThat(paz.country()).isEqualTo("CL");
    }

    @Test
    void particlesStayInTheFamilyName() {
        assertThat(persons("particles-european")).containsExactly("Ursula von der Leyen", "Mark Rutte");
    }

    @Test
    void inAListOfStatesAndTheirEnvoysWhatFollowsAStateIsAName() {
        // the tagger reads "York Linden" after "Germany" as a place; the list's other items say it is an envoy, and
        // the full name of North Korea is North Korea's, not South Korea's
        ArticlePeople p = people("envoys-after-states");
        assertThat(persons("envoys-after-states")).containsExactly("Aymurad Berdiyev", "Muhammad Tariq Sarwar", "York Linden",
                "Salman Vog", "Ri Hong Chol");
        assertThat(p.parties().stream().filter(x -> x.name().equals("York Linden")).findFirst().orElseThrow().country())
                .isEqualTo("DE");
        assertThat(p.parties().stream().filter(x -> x.name().equals("Ri Hong Chol")).findFirst().orElseThrow().country())
                .isEqualTo("KP");
    }

    @Test
    void aDemonymInThePluralIsItsState() {
        // "talks with the Omanis": the people of Oman, the state's side; not a person whose name holds "Omani"
        assertThat(people("plural-demonym").mentions(1).stream().filter(m -> m.text().equals("Omanis")))
                .singleElement().satisfies(m -> {
                    assertThat(m.kind()).isEqualTo(Kind.STATE);
                    assertThat(m.country()).isEqualTo("OM");
                });
    }

    @Test
    void aProperNounBeforeAKnownInstitutionMakesItAnotherOne() {
        // "Iran's Supreme National Security Council" is not the US National Security Council of the gazetteer
        assertThat(people("longer-institution-name").parties()).extracting(ArticlePeople.Party::name)
                .doesNotContain("National Security Council");
    }

    @Test
    void aFamilyNameFirstIsThePerson() {
        assertThat(persons("family-name-first")).containsExactly("Xi Jinping", "Moon Jae-in");
        assertThat(people("family-name-first").mentions(1).stream().filter(m -> m.kind() == Kind.NAME)
                .map(m -> m.party().name())).containsExactly("Xi Jinping", "Moon Jae-in");
        assertThat(persons("family-name-kim")).containsExactly("Kim Jong Un", "Vladimir Putin");
    }

    @Test
    void aFamilyNameInCapitalsIdentifiesThePerson() {
        assertThat(persons("family-name-caps")).containsExactly("KISHIDA Fumio", "Anthony Albanese");
    }

    @Test
    void aDatelineIsAPlaceNeverAPartyOrAName() {
        ArticlePeople p = people("dateline-caps");
        assertThat(p.parties()).extracting(Party::name).containsExactly("Faisal bin Farhan", "Hossein Amir-Abdollahian");
        assertThat(p.mentions(0).get(0).kind()).isEqualTo(Kind.PLACE);
        assertThat(p.mentions(0).get(0).country()).isEqualTo("SA");
        assertThat(p.states()).contains("SA", "IR");
        assertThat(persons("dateline-city-date")).containsExactly("Abiy Ahmed", "William Ruto");
        assertThat(people("dateline-agency").parties()).extracting(Party::name).doesNotContain("WASHINGTON");
    }

    @Test
    void aNameStopsAtTheLineSoTheNextLinesDatelineIsNoPartOfIt() {
        assertThat(persons("dateline-line-break")).containsExactly("Wang Yi", "Antony Blinken");
    }

    @Test
    void aCapitalIsAPlaceNotAParty() {
        ArticlePeople p = people("capital-metonymy");
        assertThat(p.parties()).isEmpty();
        assertThat(p.mentions(0)).extracting(ArticlePeople.Mention::kind).containsExactly(Kind.PLACE, Kind.PLACE);
        assertThat(p.states()).containsExactly("US", "CN", "RU");
    }

    @Test
    void aNewsAgencyIsASourceThatNeverActs() {
        ArticlePeople p = people("news-agency");
        assertThat(p.mentions(0).get(0).kind()).isEqualTo(Kind.SOURCE);
        assertThat(p.mentions(0).get(0).party().level()).isEqualTo(dev.readout.lexicon.Level.NONSTATE);
    }

    @Test
    void aOneLetterSlipIsTheSamePersonUnderTheCommonSpelling() {
        assertThat(persons("typo-first-name")).containsExactly("Volodymyr Zelensky", "Andrzej Duda");
        assertThat(persons("typo-surname")).containsExactly("Melanie Joly", "Subrahmanyam Jaishankar");
    }

    @Test
    void aSurnameGluedToTheNextWordIsThePerson() {
        ArticlePeople p = people("glued-surname");
        assertThat(p.mentions(1).get(0).party().name()).isEqualTo("Naftali Bennett");
        assertThat(p.mentions(1).get(0).text()).isEqualTo("Bennett");
    }

    @Test
    void twoPeopleCanShareAFamilyName() {
        assertThat(persons("same-surname-two-people")).containsExactly("Bill Clinton", "Hillary Clinton", "John Kerry");
        assertThat(persons("same-surname-family")).containsExactly("Uhuru Kenyatta", "Jomo Kenyatta", "Yoweri Museveni");
        // the lone family name is the one the article is about, named just before
        assertThat(people("same-surname-family").mentions(1).get(0).party().name()).isEqualTo("Uhuru Kenyatta");
    }

    @Test
    void aFacilityNamedAfterSomeoneIsNoPerson() {
        assertThat(persons("facility-name")).containsExactly("Mukesh Ambani");
        assertThat(persons("facility-airport")).containsExactly("Uhuru Kenyatta", "Yoweri Museveni");
    }

    @Test
    void aSpeakerWithHonorificIsThePerson() {
        String text = suite.get("speaker-honorific-patronymic").text();
        int at = text.indexOf("Prince Faisal said");
        assertThat(people("speaker-honorific-patronymic").resolve("Prince Faisal", at).name()).isEqualTo("Faisal bin Farhan");
    }

    @Test
    void aWordACrawlGluedToTheNameIsNoPartOfIt() {
        ArticlePeople p = people("glued-article-word");
        assertThat(persons("glued-article-word")).containsExactly("Zhao Leji");
        ArticlePeople.Mention m = p.mentions(0).stream().filter(x -> x.kind() == Kind.NAME).findFirst().orElseThrow();
        assertThat(m.text()).isEqualTo("Zhao Leji");
    }

    @Test
    void namesTheTaggerMissedAreFoundByTheirTitles() {
        assertThat(persons("untagged-apposition-line")).containsExactly("Ban Ki-Moon");
        assertThat(persons("transcript-caps")).containsExactly("ALBANESE");
        assertThat(persons("untagged-after-honorific")).contains("Sogavare");
    }
}
