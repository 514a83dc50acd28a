package dev.readout.extraction.people;

import dev.readout.extraction.StoredAnalyses;
import dev.readout.extraction.people.ArticlePeople.Kind;
import dev.readout.extraction.people.ArticlePeople.Mention;
import dev.readout.extraction.people.ArticlePeople.Party;
import dev.readout.lexicon.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed actors and role resolution, on sentences written for the test ({@code People.texts}, stored analyses, no
 * model): each person's state and level from titles, demonyms, "X of Ethiopia", appositions, counterparts and later
 * role references; sub-national, legislative, non-state and international offices; role and pronoun references.
 */
class PeopleRolesTest {

    private static StoredAnalyses suite;

    @BeforeAll
    static void load() {
        suite = StoredAnalyses.suite("People");
    }

    private static ArticlePeople people(String id) {
        return ArticlePeople.index(suite.get(id));
    }

    private static Party person(String id, String name) {
        return people(id).parties().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no party " + name));
    }

    private static String typed(String id, String name) {
        Party p = person(id, name);
        return p.country() + " " + p.level();
    }

    @Test
    void aRegionBeforeTheTitleMakesItSubNational() {
        assertThat(typed("subnational-region-title", "Doug Ford")).isEqualTo("CA SUBNATIONAL");
        // the text gives the prime minister no state; the actor dictionary knows him
        assertThat(typed("subnational-region-title", "Justin Trudeau")).isEqualTo("CA LEADER");
    }

    @Test
    void aDatelinesCityDoesNotQualifyTheTitleAfterIt() {
        assertThat(typed("subnational-dateline-not-title", "Xi Jinping")).isEqualTo("CN LEADER");
    }

    @Test
    void aCompanyBeforeTheTitleMakesItNonStateAndAGovernmentBodyDoesNot() {
        assertThat(typed("company-title", "Koji Sato")).isEqualTo("null NONSTATE");
        assertThat(typed("company-title", "Andy Beshear")).isEqualTo("US SUBNATIONAL");
        assertThat(typed("government-body-not-company", "Monica Juma")).isEqualTo("KE MINISTER");
    }

    @Test
    void aStateAfterTheNameOrInAnApposition() {
        assertThat(typed("of-state-after-name", "Abiy Ahmed")).isEqualTo("ET LEADER");
        assertThat(typed("of-state-after-name", "Salva Kiir")).isEqualTo("SS LEADER");
        assertThat(typed("apposition-title", "Taye Atske Selassie")).isEqualTo("ET LEADER");
        assertThat(typed("patronymic-honorific", "Abdullah bin Zayed Al Nahyan")).isEqualTo("AE MINISTER");
        // the apposition is the name's context, not a role of its own
        assertThat(people("apposition-title").mentions(0)).extracting(Mention::kind).containsExactly(Kind.NAME, Kind.ROLE);
    }

    @Test
    void aCounterpartHoldsTheOfficeOfThePersonWhoseCounterpartHeIs() {
        Party lavrov = person("counterpart-title", "Sergei Lavrov");
        assertThat(lavrov.country()).isEqualTo("RU");
        assertThat(lavrov.family()).isEqualTo("FOREIGN");
        ArticlePeople p = people("counterpart-title");
        assertThat(p.partyOf(p.mentions(1).get(0)).name()).isEqualTo("Sergei Lavrov");
    }

    @Test
    void anEnvoysHostIsNotHisState() {
        assertThat(typed("ambassador-to-host", "Eric Garcetti")).isEqualTo("US ENVOY");
    }

    @Test
    void internationalOfficialsAreInternational() {
        assertThat(typed("international-official", "António Guterres")).isEqualTo("null INTERNATIONAL");
        assertThat(typed("international-official", "Moussa Faki Mahamat")).isEqualTo("null INTERNATIONAL");
        assertThat(typed("hyphen-title", "Mark Rutte")).isEqualTo("null INTERNATIONAL");
        assertThat(person("hyphen-title", "Mark Rutte").title()).isEqualTo("Secretary-General");
    }

    @Test
    void aStatesLeaderIsAtTheTop() {
        assertThat(typed("state-leader", "Kim Jong Un")).isEqualTo("KP LEADER");
    }

    @Test
    void legislatorsAndPartiesActForNoState() {
        assertThat(typed("legislator", "Marco Rubio")).isEqualTo("null LEGISLATOR");
        assertThat(typed("spanish-head-of-government", "Pedro Sanchez")).isEqualTo("ES LEADER"); // actor dictionary
        assertThat(typed("spanish-head-of-government", "Salvador Illa")).isEqualTo("null SUBNATIONAL");
    }

    @Test
    void aPluralTitleBeforeAListIsEachListedPersons() {
        assertThat(typed("plural-title-coordination", "Cillian Murphy")).isEqualTo("null NONSTATE");
        assertThat(typed("plural-title-coordination", "Daniel Craig")).isEqualTo("null NONSTATE");
    }

    @Test
    void aTitleBeforeACommaIsNotTheNextSentencesSubjects() {
        // the Chinese title stays with the Chinese minister: Jaishankar's state and office come only from the actor
        // dictionary (India's foreign minister), never from the title before the comma
        assertThat(person("title-comma-not-apposition", "Jaishankar").title()).isNull();
        assertThat(person("title-comma-not-apposition", "Jaishankar").countryWhy()).startsWith("known actor");
        assertThat(typed("title-comma-not-apposition", "Jaishankar")).isEqualTo("IN MINISTER");
    }

    @Test
    void aRoleNamingAStateGivesItToTheOnlyPersonItCanMean() {
        assertThat(typed("role-gives-country", "Abiy Ahmed")).isEqualTo("ET LEADER");
        assertThat(typed("role-gives-country", "Emmanuel Macron")).isEqualTo("FR LEADER");
        assertThat(typed("dateline-line-break", "Wang Yi")).isEqualTo("CN MINISTER");
    }

    @Test
    void aRoleResolvesToThePersonOrStaysUnresolved() {
        ArticlePeople p = people("role-resolves-person");
        assertThat(p.partyOf(p.mentions(1).get(0)).name()).isEqualTo("Xi Jinping");
        ArticlePeople u = people("role-unresolved");
        Mention counterpart = u.mentions(0).stream().filter(m -> m.kind() == Kind.ROLE).findFirst().orElseThrow();
        assertThat(u.partyOf(counterpart)).isNull();
        assertThat(counterpart.country()).isEqualTo("AR");
    }

    @Test
    void aPronounIsTheNearestPersonBefore() {
        ArticlePeople p = people("pronoun-before");
        assertThat(p.partyOf(p.mentions(1).get(0)).name()).isEqualTo("Recep Tayyip Erdogan");
    }

    @Test
    void aNewsAgencyHasNoLevelToActWith() {
        assertThat(people("news-agency").parties()).extracting(Party::level)
                .containsExactly(Level.LEADER, Level.NONSTATE);
    }

    @Test
    void aCompanysTitlePassesToTheNextTitleInTheList() {
        assertThat(typed("company-coordination", "Gianni Infantino")).isEqualTo("null NONSTATE");
        assertThat(typed("company-coordination", "Mattias Grafstrom")).isEqualTo("null NONSTATE");
    }

    @Test
    void aRoleInAppositionWithANameIsItsTitle() {
        assertThat(typed("role-apposition-of", "Ali Khamenei")).isEqualTo("IR LEADER");
        assertThat(person("role-apposition-of", "Ali Khamenei").title()).isEqualTo("supreme leader");
    }

    @Test
    void aRolesStateMayFollowTheTitle() {
        ArticlePeople p = people("transcript-caps");
        Mention fiji = p.mentions(0).stream().filter(m -> m.kind() == Kind.ROLE).findFirst().orElseThrow();
        assertThat(fiji.country()).isEqualTo("FJ");
        assertThat(p.partyOf(fiji)).isNull(); // the Prime Minister of Fiji is not the Australian speaking
        assertThat(p.states()).contains("FJ", "AU");
    }

    @Test
    void aGroupReferenceIsTheLastTwoPeopleItsNounFits() {
        ArticlePeople p = people("group-two-leaders");
        assertThat(p.groupOf(p.mentions(2).get(0))).extracting(Party::name).containsExactly("Vladimir Putin", "Xi Jinping");
        ArticlePeople they = people("group-they");
        assertThat(they.groupOf(they.mentions(1).get(0))).extracting(Party::name)
                .containsExactly("Narendra Modi", "Emmanuel Macron");
    }
}
