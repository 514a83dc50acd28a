package dev.readout.extraction.call;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.StoredAnalyses;
import dev.readout.extraction.date.DateResolver;
import dev.readout.extraction.grammar.SentenceView;
import dev.readout.extraction.people.ArticlePeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which date dates a call, one rule each, on sentences written for the test ({@code CallDating.texts}), read from
 * stored analyses: no model is loaded. The date stage alone prints as "date precision | words" for a trigger word;
 * whole calls (where the rule makes or splits calls) as "A + B | date precision | words".
 */
class CallDatingTest {

    private static StoredAnalyses suite;

    @BeforeAll
    static void load() {
        suite = StoredAnalyses.suite("CallDating");
    }

    private static List<String> calls(String id) {
        AnalyzedText a = suite.get(id);
        return CallStages.run(a, ArticlePeople.index(a)).calls().stream().map(CallDatingTest::show).toList();
    }

    /** The date the date stage reads for the first trigger with the given word, resolved for a past event. */
    private static String date(String id, String trigger) {
        AnalyzedText a = suite.get(id);
        ArticlePeople people = ArticlePeople.index(a);
        DateResolver dates = new DateResolver(a.text(), a.publishedOn());
        for (AnalyzedText.Sentence sentence : a.sentences()) {
            SentenceView s = SentenceView.of(sentence, a.text(), people);
            for (Trigger t : TriggerFinder.find(s)) {
                if (s.word(t.token()).equals(trigger)) {
                    CallDating.Reading r = CallDating.read(t, s, dates.find(sentence.start(), sentence.end()));
                    if (r.date() == null) {
                        return "none";
                    }
                    DateResolver.Resolved res = dates.resolve(r.date(), false);
                    return res.date() + " " + res.precision() + " | " + res.text();
                }
            }
        }
        throw new IllegalArgumentException("no trigger '" + trigger + "' in " + id);
    }

    private static String show(ExtractedCall c) {
        return c.participants().stream().map(p -> p.name()).collect(Collectors.joining(" + ")) + " | " + c.date()
                + " " + c.datePrecision() + " | " + c.dateText();
    }

    @Test
    void aWeekdayOnTheVerbIsTheLatestSuchDayByPublication() {
        assertThat(calls("weekday-on-verb")).containsExactly("Melanie Joly + Alicia Barcena | 2024-03-06 DAY | on Wednesday");
    }

    @Test
    void aDateOnTheLightVerbDatesItsEventNoun() {
        assertThat(calls("weekday-on-light-verb")).containsExactly(
                "William Ruto + Nana Akufo-Addo | 2023-05-08 DAY | on Monday");
    }

    @Test
    void aPurposeClauseTakesTheDayOfTheJourneyItServes() {
        assertThat(date("purpose-clause", "meet")).isEqualTo("2023-12-09 DAY | On Saturday");
    }

    @Test
    void anEventNounInTheObjectTakesTheClausesDay() {
        assertThat(date("noun-in-object", "talks")).isEqualTo("2023-12-05 DAY | on Tuesday");
    }

    @Test
    void talksTheVisitorArrivedForTakeTheArrivalDay() {
        assertThat(date("arrived-for-talks", "talks")).isEqualTo("2023-05-21 DAY | on Sunday");
    }

    @Test
    void aCoordinatedMeetingSharesTheVisitsDay() {
        assertThat(date("coordinated-visit", "met")).isEqualTo("2022-03-05 DAY | on Saturday");
    }

    @Test
    void aDateOfAnotherEventIsNotTaken() {
        assertThat(date("foreign-date", "spoke")).isEqualTo("none");
    }

    @Test
    void aDatelineDatesTheReportNotTheEvent() {
        // no year anywhere: "on Thursday" stays unresolved, and the dateline's March 2 is not taken
        assertThat(calls("dateline-no-year")).containsExactly("William Ruto + Abiy Ahmed | null UNKNOWN | on Thursday");
        assertThat(calls("dateline-with-year")).containsExactly(
                "Yoweri Museveni + Paul Kagame | 2020-02-18 DAY | on Tuesday");
    }

    @Test
    void anEventOfSeveralDaysHasNoSingleDay() {
        assertThat(date("several-days", "talks")).isEqualTo("null UNKNOWN | four days of talks in Beijing from Monday");
        assertThat(date("range-of-days", "talks")).isEqualTo("2023-03-01 MONTH | from March 6 to 10");
        assertThat(date("two-weekdays", "talks")).isEqualTo("null UNKNOWN | Sunday and Monday");
    }

    @Test
    void anEarlierContactMentionedInPassingIsItsOwnCallWithItsOwnDay() {
        assertThat(calls("earlier-contact")).containsExactlyInAnyOrder(
                "Lloyd Austin + Sergei Shoigu | 2022-05-13 DAY | on Friday",
                "Lloyd Austin + Sergei Shoigu | 2022-02-18 DAY | February 18");
    }

    @Test
    void aRepeatedMeetingInTheSameClauseIsItsOwnCall() {
        assertThat(calls("repeated-meetings")).containsExactlyInAnyOrder(
                "Moon Jae-in + Vladimir Putin | 2018-04-27 DAY | April 27",
                "Moon Jae-in + Vladimir Putin | 2018-05-26 DAY | May 26");
    }

    @Test
    void theNextStepOfAnAccountTakesItsDayButAnEarlierEventDoesNot() {
        assertThat(calls("carried-to-next-step")).containsExactly(
                "Shavkat Mirziyoyev + Kassym-Jomart Tokayev | 2022-12-19 DAY | On Monday");
        assertThat(calls("not-carried-to-earlier-event")).containsExactly(
                "Kassym-Jomart Tokayev + Shavkat Mirziyoyev | null UNKNOWN | null");
    }

    @Test
    void theNextDayCountsFromTheEventJustTold() {
        assertThat(calls("the-next-day")).containsExactly(
                "Abdel Fattah el-Sisi + Abdullah II | 2024-01-15 DAY | on Monday",
                "Abdel Fattah el-Sisi + Emmanuel Macron | 2024-01-16 DAY | The next day");
    }

    @Test
    void theEveOfADayIsTheDayBefore() {
        assertThat(calls("eve-of")).containsExactly("Fumio Kishida + Narendra Modi | 2023-05-20 DAY | the eve of Sunday's");
    }

    @Test
    void withoutAPublicationDateAWeekdayTakesTheCaptionsDayOrStaysUnresolved() {
        assertThat(date("caption-anchors-weekday", "talks")).isEqualTo("2014-11-10 DAY | on Monday");
        assertThat(date("weekday-without-publication", "talks")).isEqualTo("null UNKNOWN | on Monday");
    }

    @Test
    void relativeDaysCountFromPublication() {
        assertThat(calls("before-midnight")).containsExactly(
                "Joe Biden + Volodymyr Zelensky | 2022-02-23 DAY | just before midnight");
        assertThat(calls("today-in-release")).containsExactly("Serzh Sargsyan + Ban Ki-moon | 2016-04-23 DAY | Today");
        assertThat(calls("numbered-weekday")).containsExactly("Joko Widodo + Najib Razak | 2014-10-20 DAY | on Monday (20/10)");
    }
}
