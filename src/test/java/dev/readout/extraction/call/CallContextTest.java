package dev.readout.extraction.call;

import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.readout.extraction.call.CallDetectorTest.calls;
import static dev.readout.extraction.call.CallDetectorTest.names;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a call takes from its context beyond its own clause: days told relative to the call just reported, headlines,
 * envoys, denials, joiners. Sentences written for the test (none is from the corpus).
 */
class CallContextTest {

    /** Friday 12 May 2023. */
    static final LocalDate FRIDAY = LocalDate.of(2023, 5, 12);

    @Test
    void hoursLaterTakesTheDayOfTheCallJustReported() {
        List<ExtractedCall> cs = calls("Japanese Prime Minister Fumio Kishida spoke by phone with South Korean President Yoon "
                + "Suk Yeol on Tuesday. Hours later, Kishida had a telephone conversation with Australian Prime Minister "
                + "Anthony Albanese.", FRIDAY);
        assertThat(cs).extracting(CallDetectorTest::names).containsExactlyInAnyOrder(
                List.of("Fumio Kishida", "Yoon Suk Yeol"), List.of("Fumio Kishida", "Anthony Albanese"));
        assertThat(cs).allSatisfy(c -> assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 9)));
    }

    @Test
    void theNextDayIsTheDayAfterTheCallJustReported() {
        List<ExtractedCall> cs = calls("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on "
                + "Monday. The next day, Ruto held talks with Somali President Hassan Sheikh Mohamud in Mombasa.", FRIDAY);
        ExtractedCall second = cs.stream().filter(c -> names(c).contains("Hassan Sheikh Mohamud")).findFirst().orElseThrow();
        assertThat(second.date()).isEqualTo(LocalDate.of(2023, 5, 9));
    }

    @Test
    void aHeadlineLineJoinsTheCallTheBodyTells() {
        String text = "Europe live: leaders meet as talks continue\n\n14:02 CET\nScholz talks to Macron in Paris\n\n"
                + "German Chancellor Olaf Scholz met French President Emmanuel Macron at the Elysee Palace on Wednesday, "
                + "officials said.";
        List<ExtractedCall> cs = calls(text, FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(names(c)).containsExactlyInAnyOrder("Olaf Scholz", "Emmanuel Macron");
            assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 10));
            assertThat(c.medium()).isEqualTo(CallMedium.IN_PERSON);
        });
    }

    @Test
    void aCoordinatedAndWithPartnerIsAnotherCallOfTheSameVerb() {
        List<ExtractedCall> cs = calls("Italian Prime Minister Giorgia Meloni spoke by phone with Polish President Andrzej Duda "
                + "on Thursday, after chairing a cabinet meeting in Rome, and with Czech President Petr Pavel afterwards.", FRIDAY);
        assertThat(cs).extracting(CallDetectorTest::names).containsExactlyInAnyOrder(
                List.of("Giorgia Meloni", "Andrzej Duda"), List.of("Giorgia Meloni", "Petr Pavel"));
        assertThat(cs).allSatisfy(c -> {
            assertThat(c.medium()).isEqualTo(CallMedium.PHONE);
            assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 11));
        });
    }

    @Test
    void aStateThatSendsItsEnvoyIsNoSideOfTheMeeting() {
        List<ExtractedCall> unnamed = calls("Canada also sent its top diplomat to sit down with Indian External Affairs "
                + "Minister Subrahmanyam Jaishankar.", FRIDAY);
        assertThat(unnamed).singleElement().satisfies(c -> {
            assertThat(names(c)).contains("Subrahmanyam Jaishankar").noneMatch(n -> n.equals("Canada"));
            assertThat(names(c)).anyMatch(n -> n.startsWith("?") && n.contains("top diplomat"));
        });
        List<ExtractedCall> named = calls("Canadian Foreign Minister Melanie Joly has urged restraint. Canada sent its top "
                + "diplomat to sit down with Indian External Affairs Minister Subrahmanyam Jaishankar.", FRIDAY);
        assertThat(named).extracting(CallDetectorTest::names)
                .containsExactly(List.of("Melanie Joly", "Subrahmanyam Jaishankar"));
    }

    @Test
    void aPossessorAfterTheVerbIsNoPartner() {
        List<ExtractedCall> cs = calls("Japanese Prime Minister Fumio Kishida dialled Ukrainian President Volodymyr Zelenskyy "
                + "on Monday. During the phone conversation, Kishida expressed Japan's support for the reconstruction.", FRIDAY);
        assertThat(cs).extracting(CallDetectorTest::names).containsExactly(List.of("Fumio Kishida", "Volodymyr Zelenskyy"));
    }

    @Test
    void aDeniedReportOfACallIsNoCall() {
        assertThat(calls("The Kremlin on Friday denied reports that Russian President Vladimir Putin had spoken by phone with "
                + "French President Emmanuel Macron on Sunday. Le Monde had reported that Putin called Macron.", FRIDAY)).isEmpty();
    }

    @Test
    void notSpokenSinceADateReportsTheCallOfThatDate() {
        List<ExtractedCall> cs = calls("Chinese President Xi Jinping and Japanese Prime Minister Fumio Kishida have not spoken "
                + "since November 17, 2022.", FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CallStatus.HELD);
            assertThat(c.date()).isEqualTo(LocalDate.of(2022, 11, 17));
        });
    }

    @Test
    void aDateForAMeetingIsNoMeeting() {
        assertThat(calls("Officials in Beijing said it was too early to set a date for a meeting between Chinese President "
                + "Xi Jinping and U.S. President Joe Biden.", FRIDAY)).isEmpty();
    }

    @Test
    void talksUnderWayAreOfThePublicationDay() {
        ExtractedCall c = calls("Kenyan President William Ruto is holding talks with Ethiopian Prime Minister Abiy Ahmed in "
                + "Addis Ababa.", FRIDAY).get(0);
        assertThat(c.date()).isEqualTo(FRIDAY);
        ExtractedCall ended = calls("The talks between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed in "
                + "Addis Ababa have ended after three hours, state media said.", FRIDAY).get(0);
        assertThat(ended.date()).isEqualTo(FRIDAY);
    }

    @Test
    void aPartylessAnnouncementDatesTheCallToldNext() {
        ExtractedCall c = calls("Kenyan President William Ruto has pushed for a ceasefire for weeks. The decisive conversation "
                + "happened on Wednesday. Ruto and Ethiopian Prime Minister Abiy Ahmed spoke by phone for an hour.", FRIDAY).get(0);
        assertThat(names(c)).containsExactly("William Ruto", "Abiy Ahmed");
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 10));
    }

    @Test
    void hostingTwoGuestsIsOneMeeting() {
        List<ExtractedCall> cs = calls("Turkish President Recep Tayyip Erdogan will host Finnish President Sauli Niinisto and "
                + "Swedish Prime Minister Ulf Kristersson in Ankara on Monday.", FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(names(c)).containsExactlyInAnyOrder("Recep Tayyip Erdogan", "Sauli Niinisto", "Ulf Kristersson");
            assertThat(c.status()).isEqualTo(CallStatus.PLANNED);
            assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 15));
        });
    }

    @Test
    void someoneWhoJoinedTheCallIsAParticipant() {
        List<ExtractedCall> cs = calls("U.S. President Joe Biden spoke with German Chancellor Olaf Scholz on Tuesday in a call "
                + "that French President Emmanuel Macron also joined.", FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> assertThat(names(c))
                .containsExactlyInAnyOrder("Joe Biden", "Olaf Scholz", "Emmanuel Macron"));
        List<ExtractedCall> later = calls("U.S. President Joe Biden spoke by phone with German Chancellor Olaf Scholz on Tuesday. "
                + "French President Emmanuel Macron also joined the call.", FRIDAY);
        assertThat(later).singleElement().satisfies(c -> assertThat(c.participants()).extracting(ExtractedParticipant::name)
                .containsExactlyInAnyOrder("Joe Biden", "Olaf Scholz", "Emmanuel Macron"));
    }

    @Test
    void aFrontedPlaceMakesTalksInPerson() {
        ExtractedCall c = calls("In Brussels, European Commission President Ursula von der Leyen and Canadian Prime Minister "
                + "Justin Trudeau held talks on Thursday.", FRIDAY).get(0);
        assertThat(c.medium()).isEqualTo(CallMedium.IN_PERSON);
    }

    @Test
    void aRegnalNumberIsPartOfTheMonarchsMentionAndTheKingIsNoPresident() {
        List<ExtractedCall> cs = calls("Chinese Foreign Minister Wang Yi visited Cairo on Monday. Jordan's King Abdullah II and "
                + "French President Emmanuel Macron discussed Gaza in a call on Thursday, the royal court said, adding that the "
                + "king urged restraint.", FRIDAY);
        ExtractedCall c = cs.stream().filter(x -> names(x).contains("Emmanuel Macron")).findFirst().orElseThrow();
        assertThat(names(c)).hasSize(2).noneMatch(n -> n.contains("Wang")).anyMatch(n -> n.contains("Abdullah"));
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 11));
        assertThat(c.medium()).isEqualTo(CallMedium.PHONE);
    }

    @Test
    void theyAfterAConjoinedPairIsThePair() {
        List<ExtractedCall> cs = calls("Brazilian President Luiz Inacio Lula da Silva and Argentine President Alberto Fernandez "
                + "agreed on Tuesday to deepen trade ties, as they held their first bilateral summit in Brasilia.", FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(names(c)).containsExactlyInAnyOrder("Luiz Inacio Lula da Silva", "Alberto Fernandez");
            assertThat(c.medium()).isEqualTo(CallMedium.IN_PERSON);
        });
    }

    @Test
    void talksAtAResidenceAreInPerson() {
        ExtractedCall c = calls("Australian Prime Minister Anthony Albanese held talks with New Zealand Prime Minister Chris "
                + "Hipkins at his official residence on Wednesday.", FRIDAY).get(0);
        assertThat(c.medium()).isEqualTo(CallMedium.IN_PERSON);
    }

    @Test
    void aScareQuotedModifierKeepsTheCallItsPartiesAndDay() {
        ExtractedCall c = calls("Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese held a "
                + "\"warm and productive\" phone call on Tuesday.", FRIDAY).get(0);
        assertThat(names(c)).containsExactly("Narendra Modi", "Anthony Albanese");
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 9));
    }

    @Test
    void theCallTookPlaceOnADayDatesTheCallJustTold() {
        ExtractedCall c = calls("Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda held a phone call "
                + "about border security. The call took place on Wednesday, the Polish presidency said.", FRIDAY).get(0);
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 10));
    }

    @Test
    void aTitleNamingPartOfTheBodysCallIsThatCall() {
        String text = "Duda and Nauseda press Lukashenko on border in call\n\nPolish President Andrzej Duda and Lithuanian "
                + "President Gitanas Nauseda held a joint phone call with Belarusian leader Alexander Lukashenko on Thursday.";
        List<ExtractedCall> cs = calls(text, FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> assertThat(names(c))
                .containsExactlyInAnyOrder("Andrzej Duda", "Gitanas Nauseda", "Alexander Lukashenko"));
    }

    @Test
    void aGenerationalSuffixIsNotTheSurname() {
        List<ExtractedCall> cs = calls("U.S. Secretary of Defense Lloyd J. Austin III spoke with Japanese Defense Minister "
                + "Yasukazu Hamada on Monday. Austin later met Philippine Defense Secretary Gilberto Teodoro in Manila.", FRIDAY);
        assertThat(cs).hasSize(2).allSatisfy(c -> assertThat(names(c).get(0)).isEqualTo("Lloyd J. Austin III"));
    }

    @Test
    void dueToMeetIsPlannedForTheConjoinedSubject() {
        List<ExtractedCall> cs = calls("Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Antonio Costa are due "
                + "to meet in Lisbon on May 20, officials said.", FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(names(c)).containsExactly("Pedro Sanchez", "Antonio Costa");
            assertThat(c.status()).isEqualTo(CallStatus.PLANNED);
            assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 20));
        });
    }

    @Test
    void separateCallsWithTwoPartnersAreOneCallEachAndThePluralAnaphorDatesThem() {
        List<ExtractedCall> cs = calls("Ghanaian President John Mahama, the chair of the regional bloc, has held separate phone "
                + "calls with Nigerian President Bola Tinubu and Senegalese President Bassirou Diomaye Faye. The calls took "
                + "place on Wednesday.", FRIDAY);
        assertThat(cs).extracting(CallDetectorTest::names).containsExactlyInAnyOrder(
                List.of("John Mahama", "Bola Tinubu"), List.of("John Mahama", "Bassirou Diomaye Faye"));
        assertThat(cs).allSatisfy(c -> {
            assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 10));
            assertThat(c.medium()).isEqualTo(CallMedium.PHONE);
        });
    }

    @Test
    void anAppositionBetweenSubjectAndVerbIsSkipped() {
        List<ExtractedCall> cs = calls("Egyptian President Abdel Fattah al-Sisi, the host of the talks on Gaza, dialled "
                + "Jordan's King Abdullah II on Tuesday.", FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(names(c)).containsExactly("Abdel Fattah al-Sisi", "Abdullah II");
            assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 9));
        });
    }

    @Test
    void anInstitutionsChairpersonIsThePersonNotTheInstitution() {
        List<ExtractedCall> cs = calls("Nigerian President Bola Tinubu spoke with African Union Commission Chairperson "
                + "Mahmoud Ali Youssouf on Thursday.", FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> assertThat(names(c)).containsExactly("Bola Tinubu", "Mahmoud Ali Youssouf"));
    }

    @Test
    void calledOnAPersonIsAVisitButCalledOnSomeoneToActIsNoCall() {
        List<ExtractedCall> visit = calls("Indian Defence Minister Rajnath Singh called on his Japanese counterpart Minoru "
                + "Kihara in Tokyo on Tuesday.", FRIDAY);
        assertThat(visit).singleElement().satisfies(c -> {
            assertThat(names(c)).containsExactly("Rajnath Singh", "Minoru Kihara");
            assertThat(c.medium()).isEqualTo(CallMedium.IN_PERSON);
        });
        assertThat(calls("French President Emmanuel Macron on Tuesday called on Russian President Vladimir Putin to "
                + "withdraw his troops.", FRIDAY)).isEmpty();
    }

    @Test
    void anInitialAfterAnHonorificKeepsTheTitleWithTheName() {
        List<ExtractedCall> cs = calls("External Affairs Minister Dr S Jaishankar arrived in Singapore on Wednesday. The "
                + "External Affairs Minister had a telephonic conversation with Australian Foreign Minister Penny Wong "
                + "on Thursday.", FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(names(c)).hasSize(2).last().isEqualTo("Penny Wong");
            assertThat(names(c).get(0)).endsWith("Jaishankar");
            assertThat(c.medium()).isEqualTo(CallMedium.PHONE);
        });
    }

    @Test
    void lastMetIsAnEarlierMeetingAndTheSidelinesMeanTogether() {
        List<ExtractedCall> cs = calls("Turkish Foreign Minister Hakan Fidan held talks with Greek Foreign Minister Giorgos "
                + "Gerapetritis on the sidelines of the NATO meeting on Thursday. They last met in Athens in February.", FRIDAY);
        assertThat(cs).hasSize(2).allSatisfy(c -> {
            assertThat(names(c)).containsExactly("Hakan Fidan", "Giorgos Gerapetritis");
            assertThat(c.medium()).isEqualTo(CallMedium.IN_PERSON);
        });
        assertThat(cs).extracting(ExtractedCall::date).containsOnlyOnce(LocalDate.of(2023, 5, 11));
    }

    @Test
    void theCallTookPlaceIgnoresADateInASinceClause() {
        List<ExtractedCall> cs = calls("Emirati President Mohamed bin Zayed held a telephone conversation with Egyptian "
                + "President Abdel Fattah al-Sisi. The call took place late on Wednesday night and was the third between "
                + "them since the fighting began on Monday.", FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 10)));
    }

    @Test
    void theSummitWhoseSidelinesHostAMeetingIsNoMeetingOfItsOwn() {
        List<ExtractedCall> cs = calls("Australian Prime Minister Anthony Albanese and Indonesian President Prabowo Subianto "
                + "agreed to hold talks on the sidelines of the ASEAN summit in Kuala Lumpur next month.", FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(names(c)).containsExactly("Anthony Albanese", "Prabowo Subianto");
            assertThat(c.status()).isEqualTo(CallStatus.PLANNED);
        });
    }

    @Test
    void aRelativeWhoStandsForTheNameBeforeIt() {
        List<ExtractedCall> cs = calls("Dutch Prime Minister Dick Schoof, who met Belgian Prime Minister Bart De Wever in "
                + "Brussels on Wednesday, told reporters the talks had gone well.", FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(names(c)).containsExactly("Dick Schoof", "Bart De Wever");
            assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 10));
            assertThat(c.medium()).isEqualTo(CallMedium.IN_PERSON);
        });
    }

    @Test
    void aNameInsideTheFullNameIsThatPersonAndListedParticipantsJoinTheCall() {
        String text = "Lopez and Biden discuss migration in video call\n\nMexican President Andres Manuel Lopez Obrador "
                + "held a video call with US President Joe Biden on Tuesday. Lopez said the talks were productive.\n\n"
                + "Taking part in the call on the Mexican side were Foreign Minister Alicia Barcena and Economy Minister "
                + "Raquel Buenrostro.";
        List<ExtractedCall> cs = calls(text, FRIDAY);
        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(names(c)).containsExactlyInAnyOrder("Andres Manuel Lopez Obrador", "Joe Biden", "Alicia Barcena",
                    "Raquel Buenrostro");
            assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 9));
            assertThat(c.medium()).isEqualTo(CallMedium.VIDEO);
        });
    }

    @Test
    void talksThatWereCalledOffAreNoCall() {
        assertThat(calls("Norway had been mediating between Caracas and Bogota before the talks were called off in "
                + "March.", FRIDAY)).isEmpty();
        assertThat(calls("A planned meeting between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin "
                + "Kurti was cancelled on Tuesday.", FRIDAY)).isEmpty();
    }
}
