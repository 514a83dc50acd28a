package dev.readout.call;

import dev.readout.call.CallMerger.CallReport;
import dev.readout.call.CallMerger.KnownCall;
import dev.readout.call.CallMerger.MergedCall;
import dev.readout.extraction.ExtractedCall;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.readout.call.CallMedium.IN_PERSON;
import static dev.readout.call.CallMedium.PHONE;
import static dev.readout.call.CallMedium.UNKNOWN;
import static dev.readout.call.CallStatus.HELD;
import static dev.readout.call.CallStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

class CallMergerTest {

    static final Set<String> BL = Set.of("blinken", "lavrov");

    static CallReport day(String id, String date, CallMedium m, String published) {
        return new CallReport(id, id, BL, LocalDate.parse(date), DatePrecision.DAY, null, m, HELD,
                published == null ? null : LocalDate.parse(published));
    }

    static CallReport noDay(String id, String dateText, CallMedium m, String published) {
        return new CallReport(id, id, BL, null, DatePrecision.UNKNOWN, dateText, m, HELD,
                published == null ? null : LocalDate.parse(published));
    }

    /** Report ids of each merged call, as sets. */
    static Set<Set<String>> groups(List<CallReport> reports) {
        return CallMerger.merge(reports).stream()
                .map(c -> c.reports().stream().map(CallReport::reportId).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    @Test
    void sameParticipantsSameDayIsOneCall() {
        assertThat(groups(List.of(day("a", "2022-02-01", PHONE, "2022-02-01"), day("b", "2022-02-01", UNKNOWN, "2022-02-02"))))
                .containsExactly(Set.of("a", "b"));
    }

    @Test
    void twoCallsBetweenTheSamePeopleStayTwo() {
        assertThat(groups(List.of(day("jul", "2022-07-29", PHONE, "2022-07-29"), day("mar", "2023-03-02", IN_PERSON, "2023-03-02"))))
                .hasSize(2);
    }

    @Test
    void differentKnownMediaOnOneDayAreTwoCalls() {
        assertThat(groups(List.of(day("met", "2022-03-05", IN_PERSON, null), day("phoned", "2022-03-05", PHONE, null))))
                .hasSize(2);
        // an unknown-medium report that day cannot tell which one: apart
        assertThat(groups(List.of(day("met", "2022-03-05", IN_PERSON, null), day("phoned", "2022-03-05", PHONE, null),
                day("spoke", "2022-03-05", UNKNOWN, null)))).hasSize(3);
    }

    @Test
    void aReportWithoutADayJoinsACallFromTheDaysBeforePublication() {
        CallReport call = day("a", "2022-02-01", PHONE, "2022-02-01");
        for (String pub : List.of("2022-02-01", "2022-02-02", "2022-02-04")) {
            assertThat(groups(List.of(call, noDay("b", null, UNKNOWN, pub)))).as(pub).containsExactly(Set.of("a", "b"));
        }
        // published too late, or before the call
        assertThat(groups(List.of(call, noDay("b", null, UNKNOWN, "2022-02-05")))).hasSize(2);
        assertThat(groups(List.of(call, noDay("b", null, UNKNOWN, "2022-01-31")))).hasSize(2);
    }

    @Test
    void nothingMayContradict() {
        CallReport call = day("a", "2022-02-01", PHONE, "2022-02-01");
        // a conflicting medium known on both sides
        assertThat(groups(List.of(call, noDay("b", null, IN_PERSON, "2022-02-02")))).hasSize(2);
        // a different explicit date
        assertThat(groups(List.of(call, day("b", "2022-01-31", PHONE, "2022-02-02")))).hasSize(2);
        // a weekday that is not the call's (2022-02-01 was a Tuesday)
        assertThat(groups(List.of(call, noDay("b", "on Monday", PHONE, "2022-02-02")))).hasSize(2);
        assertThat(groups(List.of(call, noDay("b", "on Tuesday", PHONE, "2022-02-02")))).hasSize(1);
        // a conflicting status
        CallReport planned = new CallReport("p", "p", BL, LocalDate.parse("2022-02-01"), DatePrecision.DAY, null, PHONE, PLANNED, null);
        assertThat(groups(List.of(call, planned))).hasSize(2);
        // other participants
        CallReport other = new CallReport("o", "o", Set.of("blinken", "kuleba"), LocalDate.parse("2022-02-01"), DatePrecision.DAY, null, PHONE, HELD, null);
        assertThat(groups(List.of(call, other))).hasSize(2);
    }

    @Test
    void theSameReportTwiceChangesNothing() {
        CallReport a = day("a", "2022-02-01", PHONE, "2022-02-01");
        CallReport b = noDay("b", null, UNKNOWN, "2022-02-02");
        assertThat(CallMerger.merge(List.of(a, b, a, b))).isEqualTo(CallMerger.merge(List.of(a, b)));
    }

    @Test
    void twoReportsOfOneArticleAreNeverMerged() {
        CallReport a1 = new CallReport("x#1", "x", BL, null, DatePrecision.UNKNOWN, null, PHONE, HELD, LocalDate.parse("2022-02-02"));
        CallReport a2 = new CallReport("x#2", "x", BL, null, DatePrecision.UNKNOWN, "on Tuesday", PHONE, HELD, LocalDate.parse("2022-02-02"));
        CallReport dated = day("y", "2022-02-01", PHONE, "2022-02-01");
        // both x reports fit the dated call: the article says they are two calls, so neither joins
        assertThat(groups(List.of(a1, a2, dated))).containsExactlyInAnyOrder(Set.of("x#1"), Set.of("x#2"), Set.of("y"));
    }

    @Test
    void aDayLessReportBetweenTwoCandidatesIsAmbiguous() {
        CallReport met = day("met", "2022-03-05", IN_PERSON, "2022-03-05");
        CallReport phoned = day("phoned", "2022-03-06", PHONE, "2022-03-06");
        assertThat(groups(List.of(met, phoned, noDay("vague", null, UNKNOWN, "2022-03-07")))).hasSize(3);
        // its medium settles it
        assertThat(groups(List.of(met, phoned, noDay("vague", null, PHONE, "2022-03-07"))))
                .contains(Set.of("phoned", "vague"));
    }

    @Test
    void withoutPublicationDateAWeekdayJoinsTheOnlyDatedCallOnThatWeekday() {
        CallReport tue = day("tue", "2022-03-01", PHONE, "2022-03-02");
        CallReport wed = day("wed", "2022-02-23", PHONE, "2022-02-24");
        assertThat(groups(List.of(tue, wed, noDay("x", "on Tuesday", UNKNOWN, null), noDay("y", "Tuesday", PHONE, null))))
                .containsExactlyInAnyOrder(Set.of("tue", "x", "y"), Set.of("wed"));
        // two dated Tuesdays: cannot tell
        CallReport tue2 = day("tue2", "2022-03-08", PHONE, "2022-03-08");
        assertThat(groups(List.of(tue, tue2, noDay("x", "on Tuesday", UNKNOWN, null)))).hasSize(3);
        // no words and no publication date: never merges
        assertThat(groups(List.of(tue, noDay("z", null, PHONE, null)))).hasSize(2);
        // two weekday-only reports cannot be placed in time: they do not merge with each other
        assertThat(groups(List.of(noDay("x", "on Tuesday", PHONE, null), noDay("y", "Tuesday", PHONE, null)))).hasSize(2);
    }

    @Test
    void undatedReportsThatPinEachOtherDownMerge() {
        // published 2022-02-11 without a date, and "Thursday (Feb 10)" without a year: only 2022-02-10 fits both
        CallReport a = noDay("a", null, IN_PERSON, "2022-02-11");
        CallReport b = noDay("b", "Thursday (Feb 10)", IN_PERSON, null);
        assertThat(groups(List.of(a, b))).containsExactly(Set.of("a", "b"));
        // a month-day that does not fit
        assertThat(groups(List.of(a, noDay("c", "Feb 1", IN_PERSON, null)))).hasSize(2);
        // two day-less reports published a day apart
        assertThat(groups(List.of(noDay("p", null, PHONE, "2022-05-02"), noDay("q", null, UNKNOWN, "2022-05-03")))).hasSize(1);
        // ... a month apart
        assertThat(groups(List.of(noDay("p", null, PHONE, "2022-05-02"), noDay("q", null, UNKNOWN, "2022-06-03")))).hasSize(2);
        // three that do not all fit together: only mutual single matches merge
        CallReport p1 = noDay("p1", null, PHONE, "2022-05-01");
        CallReport p2 = noDay("p2", null, PHONE, "2022-05-04");
        CallReport p3 = noDay("p3", null, PHONE, "2022-05-07");
        assertThat(groups(List.of(p1, p2, p3))).hasSize(3);
    }

    @Test
    void relativeDateWordsAreResolvedAgainstPublication() {
        CallReport call = day("a", "2022-02-01", PHONE, null);
        assertThat(groups(List.of(call, noDay("b", "two days ago", UNKNOWN, "2022-02-03")))).hasSize(1);
        assertThat(groups(List.of(call, noDay("b", "yesterday", UNKNOWN, "2022-02-02")))).hasSize(1);
        assertThat(groups(List.of(call, noDay("b", "yesterday", UNKNOWN, "2022-02-03")))).hasSize(2);
    }

    @Test
    void monthPrecisionJoinsTheOnlyCallThatMonth() {
        CallReport call = day("a", "2022-02-01", PHONE, null);
        CallReport month = new CallReport("m", "m", BL, LocalDate.parse("2022-02-01"), DatePrecision.MONTH, "in February", UNKNOWN, HELD, null);
        assertThat(groups(List.of(call, month))).hasSize(1);
        assertThat(groups(List.of(call, day("b", "2022-02-20", PHONE, null), month))).hasSize(3);
    }

    @Test
    void mergedCallTakesTheMostPreciseDateAndMedium() {
        List<MergedCall> calls = CallMerger.merge(List.of(noDay("b", "on Tuesday", PHONE, null),
                day("a", "2022-03-01", UNKNOWN, "2022-03-02"),
                new CallReport("m", "m", BL, LocalDate.parse("2022-03-01"), DatePrecision.MONTH, "in March", UNKNOWN, HELD, null)));
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).date()).isEqualTo("2022-03-01");
        assertThat(calls.get(0).precision()).isEqualTo(DatePrecision.DAY);
        assertThat(calls.get(0).medium()).isEqualTo(PHONE);
        assertThat(calls.get(0).participantIds()).containsExactly("blinken", "lavrov");
    }

    /** A report whose article quotes these words (one story told by several outlets quotes the same readout). */
    static CallReport quoting(String id, String dateText, CallMedium m, String published, String quotation) {
        return new CallReport(id, id, BL, null, DatePrecision.UNKNOWN, dateText, m, HELD,
                published == null ? null : LocalDate.parse(published), Passages.of(List.of(quotation)));
    }

    static final String READOUT = "The two ministers discussed the situation in the region and agreed to keep in close "
            + "contact on the questions their governments raised in the talks";

    @Test
    void twoUndatedReportsOfOneStoryMergeWhenTheirWordsAgree() {
        // neither can be placed in time, but their articles quote the same readout and both say "Saturday"
        assertThat(groups(List.of(quoting("a", "on Saturday", PHONE, null, READOUT),
                quoting("b", "Saturday", PHONE, null, "They said: " + READOUT + " and more"))))
                .containsExactly(Set.of("a", "b"));
        // the same two without the quotation stay apart: a weekday alone does not place a call
        assertThat(groups(List.of(noDay("a", "on Saturday", PHONE, null), noDay("b", "Saturday", PHONE, null)))).hasSize(2);
        // one story, but its words say another time ("in April" does not agree with "Saturday")
        assertThat(groups(List.of(quoting("a", "on Saturday", UNKNOWN, null, READOUT),
                quoting("b", "in April", UNKNOWN, null, READOUT)))).hasSize(2);
    }

    @Test
    void aFewWordsInCommonAreNotOneStory() {
        // one shared ten-word run is the boilerplate unrelated readouts share
        String boilerplate = "support for Ukraine's sovereignty and territorial integrity in the face";
        assertThat(groups(List.of(quoting("a", "on Saturday", PHONE, null, "They reaffirmed " + boilerplate + " aggression"),
                quoting("b", "Saturday", PHONE, null, "The leaders stressed " + boilerplate + " pressure")))).hasSize(2);
    }

    @Test
    void withoutDateWordsAReportJoinsOnlyTheDatedCallOfItsStory() {
        CallReport dated = new CallReport("d", "d", BL, LocalDate.parse("2022-02-01"), DatePrecision.DAY, null, PHONE,
                HELD, LocalDate.parse("2022-02-01"), Passages.of(List.of(READOUT)));
        // the only dated call of the two, but nothing says it is the same: apart
        assertThat(groups(List.of(dated, noDay("x", null, PHONE, null)))).hasSize(2);
        // it quotes the same readout: one call
        assertThat(groups(List.of(dated, quoting("x", null, PHONE, null, READOUT)))).containsExactly(Set.of("d", "x"));
        // among two dated calls its weekday fits, the one of its story
        CallReport other = day("o", "2022-02-08", PHONE, "2022-02-08");
        assertThat(groups(List.of(dated, other, quoting("x", "on Tuesday", PHONE, null, READOUT))))
                .contains(Set.of("d", "x"));
    }

    @Test
    void monthAndRelativeWordsPlaceAReport() {
        CallReport april = day("apr", "2018-04-27", IN_PERSON, "2018-04-27");
        CallReport may = day("may", "2018-05-26", IN_PERSON, "2018-05-26");
        // "last month" in an article of 26 May is April, not the days before publication
        assertThat(groups(List.of(april, may, noDay("x", "where they had met last month", IN_PERSON, "2018-05-26"))))
                .contains(Set.of("apr", "x"));
        // a month and year without a day
        assertThat(groups(List.of(april, may, noDay("y", "in April 2018", IN_PERSON, null)))).contains(Set.of("apr", "y"));
        // a month without a year fits the one dated call in that month of any year
        assertThat(groups(List.of(april, may, noDay("z", "in May", IN_PERSON, null)))).contains(Set.of("may", "z"));
        // "a Sunday in April 2015" is four days: not placed closely enough to merge two undated reports
        assertThat(groups(List.of(noDay("s", "on Sunday morning", IN_PERSON, null), noDay("t", "April 2015", IN_PERSON, null))))
                .hasSize(2);
    }

    @Test
    void theDateIsOneEveryReportAgreesWithAndNamesWhoGaveIt() {
        List<MergedCall> calls = CallMerger.merge(List.of(day("a", "2022-03-01", PHONE, "2022-03-01"),
                noDay("b", "on Tuesday", PHONE, null), day("c", "2022-03-01", UNKNOWN, "2022-03-02")));
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).date()).isEqualTo("2022-03-01");
        assertThat(calls.get(0).dateFrom()).containsExactly("a", "c");
        // a month given by one report is kept only when the others agree with it
        CallReport march = new CallReport("m", "m", BL, LocalDate.parse("2022-03-01"), DatePrecision.MONTH, "in March",
                UNKNOWN, HELD, null);
        MergedCall vague = CallMerger.merge(List.of(march, noDay("n", null, UNKNOWN, "2022-03-10"))).get(0);
        assertThat(vague.reports()).hasSize(2);
        assertThat(vague.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(vague.dateFrom()).containsExactly("m");
    }

    @Test
    void reportOfAnExtractedCall() {
        ExtractedCall call = new ExtractedCall(List.of(), null, DatePrecision.UNKNOWN, "on Tuesday", PHONE, HELD, List.of());
        CallReport r = CallReport.of("d02", 0, call, BL, null);
        assertThat(r.reportId()).isEqualTo("d02#0");
        assertThat(groups(List.of(r, day("d03", "2022-03-01", PHONE, "2022-03-02")))).hasSize(1);
    }

    @Test
    void plannedCallsLookForward() {
        CallReport meeting = new CallReport("a", "a", BL, LocalDate.parse("2022-01-21"), DatePrecision.DAY, null, IN_PERSON, PLANNED, null);
        CallReport announced = new CallReport("b", "b", BL, null, DatePrecision.UNKNOWN, "on Friday", IN_PERSON, PLANNED, LocalDate.parse("2022-01-18"));
        assertThat(groups(List.of(meeting, announced))).hasSize(1);
    }

    @Test
    void orderDoesNotMatter() {
        List<CallReport> reports = new ArrayList<>(List.of(
                day("a", "2022-03-01", PHONE, "2022-03-02"), noDay("b", "Tuesday", UNKNOWN, null),
                noDay("c", null, PHONE, "2022-03-03"), day("d", "2022-02-23", PHONE, "2022-02-24"),
                noDay("e", "on Wednesday", UNKNOWN, null), noDay("f", null, IN_PERSON, "2022-03-03"),
                noDay("g", "Thursday (Feb 10)", IN_PERSON, null), noDay("h", null, IN_PERSON, "2022-02-11"),
                day("i", "2023-03-02", IN_PERSON, "2023-03-02"), noDay("j", null, UNKNOWN, "2023-03-04"),
                first("k", null, IN_PERSON, null), first("l", "on Saturday", IN_PERSON, null),
                first("m", null, PHONE, null), noDay("n", "on Saturday", IN_PERSON, null)));
        List<MergedCall> expected = CallMerger.merge(reports);
        assertThat(expected).anyMatch(c -> c.reports().size() == 2 && c.reports().stream().allMatch(CallReport::first));
        Random random = new Random(4);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(reports, random);
            assertThat(CallMerger.merge(reports)).isEqualTo(expected);
        }
        // incremental: each report looked up against what came before agrees with the set result for the last one
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(reports, random);
            CallReport last = reports.get(reports.size() - 1);
            List<KnownCall> known = new ArrayList<>();
            int n = 0;
            for (MergedCall c : CallMerger.merge(reports.subList(0, reports.size() - 1))) {
                known.add(new KnownCall("call" + n++, c.reports()));
            }
            MergedCall home = expected.stream().filter(c -> c.reports().contains(last)).findFirst().orElseThrow();
            assertThat(CallMerger.sameCall(last, known).isPresent()).isEqualTo(home.reports().size() > 1);
        }
    }

    static CallReport first(String id, String dateText, CallMedium m, String date) {
        return new CallReport(id, id, BL, date == null ? null : LocalDate.parse(date),
                date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, dateText, m, HELD, null, Set.of(), true);
    }

    @Test
    void reportsOfTheFirstMeetingAreOneEventWithoutADay() {
        // three undated reports of "their first face-to-face meeting": a pair has one, so they are one event,
        // even beside another undated meeting that one of them could match on its weekday
        CallReport other = noDay("o", "on Saturday", IN_PERSON, null);
        assertThat(groups(List.of(first("a", null, IN_PERSON, null), first("b", "today", IN_PERSON, null),
                first("c", "on Saturday", IN_PERSON, null), other)))
                .containsExactlyInAnyOrder(Set.of("a", "b", "c"), Set.of("o"));
        // without "first" the same reports stay apart: nothing places them
        assertThat(groups(List.of(noDay("a", null, IN_PERSON, null), noDay("b", "today", IN_PERSON, null),
                noDay("c", "on Saturday", IN_PERSON, null)))).hasSize(3);
    }

    @Test
    void anUndatedFirstMeetingJoinsTheDatedFirstMeeting() {
        CallReport dated = first("d", "on Saturday", IN_PERSON, "2001-06-16");
        CallReport later = day("l", "2002-05-24", IN_PERSON, "2002-05-24");
        assertThat(groups(List.of(dated, later, first("x", null, IN_PERSON, null))))
                .containsExactlyInAnyOrder(Set.of("d", "x"), Set.of("l"));
    }

    @Test
    void firstsThatCannotBeOneEventStayApart() {
        // the first phone call is not the first meeting
        assertThat(groups(List.of(first("a", null, IN_PERSON, null), first("b", null, PHONE, null)))).hasSize(2);
        // told as first with two different days: the text is wrong somewhere, and known days never merge
        assertThat(groups(List.of(first("a", null, IN_PERSON, "2001-06-16"), first("b", null, IN_PERSON, "2005-02-24"))))
                .hasSize(2);
        // their weekdays exclude each other
        assertThat(groups(List.of(first("a", "on Saturday", IN_PERSON, null), first("b", "on Monday", IN_PERSON, null))))
                .hasSize(2);
        // a medium not known: "their first talks" may be a call or a meeting
        assertThat(groups(List.of(first("a", null, UNKNOWN, null), first("b", null, UNKNOWN, null)))).hasSize(2);
    }
}
