package dev.readout.extraction.call;

import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.LanguagePipeline;
import dev.readout.extraction.people.ArticlePeople;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One phenomenon per test, on short sentences written for the test. */
class CallDetectorTest {

    /** Friday 12 May 2023. */
    static final LocalDate FRIDAY = LocalDate.of(2023, 5, 12);

    static List<ExtractedCall> calls(String text, LocalDate published) {
        return new CallDetector(ArticlePeople.index(LanguagePipeline.shared().analyze(text, published))).detect();
    }

    static List<String> names(ExtractedCall c) {
        return c.participants().stream().map(ExtractedParticipant::name).toList();
    }

    @Test
    void pastWeekdayIsTheLatestSuchDayOnOrBeforePublication() {
        List<ExtractedCall> cs = calls("Kenyan President William Ruto spoke with Tanzanian President Samia Suluhu Hassan on Wednesday.", FRIDAY);
        assertThat(cs).hasSize(1);
        ExtractedCall c = cs.get(0);
        assertThat(names(c)).containsExactly("William Ruto", "Samia Suluhu Hassan");
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(c.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(c.medium()).isEqualTo(CallMedium.UNKNOWN);
        assertThat(c.status()).isEqualTo(CallStatus.HELD);
        assertThat(c.evidence()).hasSize(1);
    }

    @Test
    void weekdayWithoutPublicationDateStaysUnresolvedWithItsWords() {
        ExtractedCall c = calls("Kenyan President William Ruto spoke with Tanzanian President Samia Suluhu Hassan on Wednesday.", null).get(0);
        assertThat(c.date()).isNull();
        assertThat(c.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(c.dateText()).contains("Wednesday");
    }

    @Test
    void counterpartNamedInApposition() {
        ExtractedCall c = calls("Indian External Affairs Minister Subrahmanyam Jaishankar held a phone call with his Australian "
                + "counterpart Penny Wong on Monday.", FRIDAY).get(0);
        assertThat(names(c)).containsExactly("Subrahmanyam Jaishankar", "Penny Wong");
        assertThat(c.medium()).isEqualTo(CallMedium.PHONE);
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(c.participants().get(1).country()).isEqualTo("AU");
    }

    @Test
    void counterpartNamedElsewhereInTheArticle() {
        String text = "Polish Defence Minister Mariusz Blaszczak arrived in Kyiv on Tuesday. He met his Ukrainian counterpart "
                + "on Wednesday. Ukrainian Defence Minister Oleksii Reznikov thanked Poland for the tanks.";
        ExtractedCall c = calls(text, FRIDAY).get(0);
        assertThat(names(c)).containsExactly("Mariusz Blaszczak", "Oleksii Reznikov");
        assertThat(c.medium()).isEqualTo(CallMedium.IN_PERSON);
    }

    @Test
    void roleReferenceResolvesToTheNamedPerson() {
        String text = "Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Thursday. On Friday, the Brazilian "
                + "president met Chinese President Xi Jinping in the Great Hall of the People.";
        List<ExtractedCall> cs = calls(text, FRIDAY);
        assertThat(cs).hasSize(1);
        assertThat(names(cs.get(0))).containsExactly("Luiz Inacio Lula da Silva", "Xi Jinping");
        assertThat(cs.get(0).date()).isEqualTo(FRIDAY);
    }

    @Test
    void surnameMentionsJoinTheFullName() {
        String text = "German Chancellor Olaf Scholz flew to Tokyo. Scholz telephoned Indian Prime Minister Narendra Modi "
                + "on Thursday.";
        ExtractedCall c = calls(text, FRIDAY).get(0);
        assertThat(names(c)).containsExactly("Olaf Scholz", "Narendra Modi");
        assertThat(c.medium()).isEqualTo(CallMedium.PHONE);
    }

    @Test
    void triedAndFailedIsAttempted() {
        ExtractedCall c = calls("Finnish Foreign Minister Elina Valtonen tried to reach Russian Foreign Minister Sergei Lavrov "
                + "by phone, but the attempts were unsuccessful.", FRIDAY).get(0);
        assertThat(c.status()).isEqualTo(CallStatus.ATTEMPTED);
        assertThat(names(c)).containsExactly("Elina Valtonen", "Sergei Lavrov");
    }

    @Test
    void announcedMeetingWithTimeAndPlaceIsPlannedOnTheNextSuchDay() {
        ExtractedCall c = calls("Italian Prime Minister Giorgia Meloni will meet Canadian Prime Minister Justin Trudeau in Rome "
                + "on Thursday.", FRIDAY).get(0);
        assertThat(c.status()).isEqualTo(CallStatus.PLANNED);
        assertThat(c.medium()).isEqualTo(CallMedium.IN_PERSON);
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 18));
    }

    @Test
    void vagueWishIsNoCall() {
        assertThat(calls("Ukrainian President Volodymyr Zelensky said he hopes to meet Chinese President Xi Jinping.", FRIDAY))
                .isEmpty();
    }

    @Test
    void spokeIndividuallyToListedLeadersIsOneCallEach() {
        String text = "On Tuesday, Vice President Kamala Harris spoke individually to three leaders: Prime Minister Petr Fiala "
                + "of the Czech Republic; President Klaus Iohannis of Romania; and Prime Minister Mette Frederiksen of Denmark.";
        List<ExtractedCall> cs = calls(text, FRIDAY);
        assertThat(cs).extracting(CallDetectorTest::names).containsExactly(
                List.of("Kamala Harris", "Petr Fiala"), List.of("Kamala Harris", "Klaus Iohannis"),
                List.of("Kamala Harris", "Mette Frederiksen"));
        assertThat(cs).allSatisfy(c -> assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 9)));
    }

    @Test
    void conjoinedObjectsAreSeparateCalls() {
        List<ExtractedCall> cs = calls("Israeli Prime Minister Benjamin Netanyahu also spoke with French President Emmanuel "
                + "Macron and British Prime Minister Rishi Sunak.", FRIDAY);
        assertThat(cs).extracting(CallDetectorTest::names).containsExactly(
                List.of("Benjamin Netanyahu", "Emmanuel Macron"), List.of("Benjamin Netanyahu", "Rishi Sunak"));
    }

    @Test
    void repeatedMentionsAreOneCallWithSeveralEvidences() {
        String text = "French President Emmanuel Macron and Chinese President Xi Jinping spoke by phone on Tuesday. "
                + "The two leaders discussed trade. The call lasted about an hour, the Elysee said.";
        List<ExtractedCall> cs = calls(text, FRIDAY);
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).medium()).isEqualTo(CallMedium.PHONE);
        assertThat(cs.get(0).evidence()).hasSize(3);
        assertThat(text.substring(cs.get(0).evidence().get(0).start(), cs.get(0).evidence().get(0).end()))
                .isEqualTo(cs.get(0).evidence().get(0).sentence());
    }

    @Test
    void videoCall() {
        ExtractedCall c = calls("US President Joe Biden held a video call with Chinese President Xi Jinping on Monday.", FRIDAY).get(0);
        assertThat(c.medium()).isEqualTo(CallMedium.VIDEO);
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 8));
    }

    @Test
    void pressContactsCountedContactsAndDomesticMeetingsAreNotCalls() {
        assertThat(calls("US President Joe Biden spoke to reporters at the White House on Tuesday.", FRIDAY)).isEmpty();
        assertThat(calls("French President Emmanuel Macron and German Chancellor Olaf Scholz have spoken four times since "
                + "January.", FRIDAY)).isEmpty();
        assertThat(calls("US President Joe Biden met US Defense Secretary Lloyd Austin at the Pentagon on Tuesday.", FRIDAY))
                .isEmpty();
        assertThat(calls("Ukrainian President Volodymyr Zelensky called on the West to send more air defence.", FRIDAY))
                .isEmpty();
    }

    @Test
    void internationalOrganisationOfficialsMakeAContactDiplomatic() {
        ExtractedCall c = calls("NATO Secretary General Jens Stoltenberg met Swedish Prime Minister Ulf Kristersson in Brussels "
                + "on Thursday.", FRIDAY).get(0);
        assertThat(names(c)).containsExactly("Jens Stoltenberg", "Ulf Kristersson");
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 5, 11));
    }
}
