package dev.readout.extraction.date;

import dev.readout.call.DatePrecision;
import dev.readout.extraction.date.DateResolver.DateMention;
import dev.readout.extraction.date.DateResolver.Kind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the date grammar finds, and how each kind resolves, on sentences written for the test. */
class DateGrammarTest {

    static final LocalDate FRIDAY = LocalDate.of(2023, 3, 10);

    private static List<DateMention> find(String text) {
        return new DateResolver(text, null).find(0, text.length());
    }

    private static String kinds(String text) {
        return find(text).stream().map(d -> d.kind() + ":" + d.text()).toList().toString();
    }

    private static DateResolver.Resolved only(String text, LocalDate published) {
        DateResolver r = new DateResolver(text, published);
        List<DateMention> ds = r.find(0, text.length());
        assertThat(ds).hasSize(1);
        return r.resolve(ds.get(0), false);
    }

    @Test
    void spansOfSeveralDaysAreOneRange() {
        assertThat(kinds("The talks ran from March 6 to 10 in the capital.")).isEqualTo("[RANGE:from March 6 to 10]");
        assertThat(kinds("They met on April 27-28 in the city.")).isEqualTo("[RANGE:April 27-28]");
        assertThat(kinds("The session runs 24-30 September, 2019 in the hall.")).isEqualTo("[RANGE:24-30 September, 2019]");
        assertThat(kinds("They held talks Sunday and Monday at the retreat.")).isEqualTo("[RANGE:Sunday and Monday]");
        assertThat(kinds("Talks were held from the 28th to the 31st Aug 2017.")).isEqualTo("[RANGE:from the 28th to the 31st Aug 2017]");
        // numbers without a month or weekday are not days
        assertThat(kinds("Exports rose from 3 to 5 percent.")).isEqualTo("[]");
    }

    @Test
    void timeCountedForwardIsVagueAndPointsAhead() {
        assertThat(kinds("He would meet her again in three weeks' time.")).isEqualTo("[VAGUE:in three weeks' time]");
        assertThat(kinds("They plan to talk two months from now.")).isEqualTo("[VAGUE:two months from now]");
        assertThat(kinds("They meet again in two-three weeks' time.")).isEqualTo("[VAGUE:in two-three weeks' time]");
        assertThat(find("He would meet her again in three weeks' time.").get(0).futureHint()).isTrue();
        // a span of time that something happened in is no date ahead
        assertThat(kinds("He held a second call with her in a week.")).isEqualTo("[]");
        assertThat(kinds("They agreed in a week of talks on the border.")).isEqualTo("[]");
    }

    @Test
    void aRangeHasAMonthsPrecisionAtMost() {
        DateResolver.Resolved r = only("The talks ran from March 6 to 10 in the capital.", FRIDAY);
        assertThat(r.date()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(r.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(only("They held talks Sunday and Monday at the retreat.", FRIDAY).precision()).isEqualTo(DatePrecision.UNKNOWN);
        // without a publication date or a stated year, not even the month's year is known
        assertThat(only("The talks ran from March 6 to 10 in the capital.", null).precision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void daysCountedFromTheEventJustToldWaitForIt() {
        assertThat(kinds("The next day, she called him.")).isEqualTo("[ANAPHORIC:The next day]");
        assertThat(kinds("Later that day they spoke again.")).isEqualTo("[ANAPHORIC:Later that day]");
        assertThat(kinds("They met a day later in the capital.")).isEqualTo("[ANAPHORIC:a day later]");
        // a day counted from another named event is not the event just told
        assertThat(kinds("They met the day before the summit.")).isEqualTo("[]");
        DateResolver r = new DateResolver("They met on Monday. The next day, she called him.", FRIDAY);
        List<DateMention> ds = r.find(0, 48);
        assertThat(r.resolve(ds.get(1), false).precision()).isEqualTo(DatePrecision.UNKNOWN);
        DateResolver.Resolved next = r.resolve(ds.get(1).anchoredTo(ds.get(0)), false);
        assertThat(next.date()).isEqualTo(LocalDate.of(2023, 3, 7));
        DateMention later = find("Later that day they spoke again.").get(0).anchoredTo(ds.get(0));
        assertThat(r.resolve(later, false).date()).isEqualTo(LocalDate.of(2023, 3, 6));
    }

    @Test
    void aWeekdayWithItsDayInBrackets() {
        assertThat(only("The president received him on Monday (20/10).", LocalDate.of(2014, 10, 23)).date())
                .isEqualTo(LocalDate.of(2014, 10, 20));
        assertThat(only("The president met him this Friday (14).", LocalDate.of(2023, 4, 14)).date())
                .isEqualTo(LocalDate.of(2023, 4, 14));
        // a bracketed day that is not that weekday's: no day rather than a wrong one
        assertThat(only("The president received him on Monday (21/10).", LocalDate.of(2014, 10, 23)).date()).isNull();
    }

    @Test
    void aDatelineIsMarkedAsSuch() {
        assertThat(kinds("Kampala, February 19/2020 (UNA) The president on Tuesday held talks."))
                .isEqualTo("[DATELINE:February 19, WEEKDAY:on Tuesday]");
        assertThat(kinds("New Delhi, March 2 The minister on Thursday met his counterpart."))
                .isEqualTo("[DATELINE:March 2, WEEKDAY:on Thursday]");
        assertThat(kinds("Jan. 18, 2022 (Agency) The two will meet on Friday."))
                .isEqualTo("[DATELINE:Jan. 18, 2022, WEEKDAY:on Friday]");
        // a date inside a sentence is not a dateline
        assertThat(kinds("The two met in Geneva, March 2 being the first day.")).isEqualTo("[CALENDAR:March 2]");
    }

    @Test
    void yearsAndVaguePeriodsKeepTheirPrecision() {
        DateResolver.Resolved year = only("The two first met in 2018 in the capital.", FRIDAY);
        assertThat(year.date()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(only("They met last year in the capital.", FRIDAY).date()).isEqualTo(LocalDate.of(2022, 1, 1));
        DateResolver.Resolved week = only("They met last week in the capital.", FRIDAY);
        assertThat(week.date()).isNull();
        assertThat(week.text()).isEqualTo("last week");
    }
}
