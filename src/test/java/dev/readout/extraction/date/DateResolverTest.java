package dev.readout.extraction.date;

import dev.readout.call.DatePrecision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateResolverTest {

    static final LocalDate THURSDAY = LocalDate.of(2022, 2, 24);

    private static DateResolver.Resolved first(String text, LocalDate published, boolean future) {
        DateResolver r = new DateResolver(text, published);
        List<DateResolver.DateMention> ds = r.find(0, text.length());
        assertThat(ds).isNotEmpty();
        return r.resolve(ds.get(0), future);
    }

    @Test
    void weekdays() {
        assertThat(first("They spoke on Wednesday.", THURSDAY, false).date()).isEqualTo(LocalDate.of(2022, 2, 23));
        assertThat(first("They spoke on Thursday.", THURSDAY, false).date()).isEqualTo(THURSDAY);
        assertThat(first("They spoke on Friday.", THURSDAY, false).date()).isEqualTo(LocalDate.of(2022, 2, 18));
        assertThat(first("They will meet on Friday.", THURSDAY, true).date()).isEqualTo(LocalDate.of(2022, 2, 25));
        assertThat(first("They met last Thursday.", THURSDAY, false).date()).isEqualTo(THURSDAY);
        DateResolver.Resolved none = first("They spoke on Wednesday.", null, false);
        assertThat(none.date()).isNull();
        assertThat(none.precision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(none.text()).isEqualTo("on Wednesday");
    }

    @Test
    void theEveOfADayIsTheDayBefore() {
        assertThat(first("They spoke on the eve of Sunday's summit.", THURSDAY, false).date()).isEqualTo(LocalDate.of(2022, 2, 19));
        assertThat(first("They met on the eve of the February 21 vote.", THURSDAY, false).date()).isEqualTo(LocalDate.of(2022, 2, 20));
    }

    @Test
    void relativeDays() {
        assertThat(first("He called yesterday.", THURSDAY, false).date()).isEqualTo(LocalDate.of(2022, 2, 23));
        assertThat(first("He called today.", THURSDAY, false).date()).isEqualTo(THURSDAY);
        assertThat(first("He called earlier this morning.", THURSDAY, false).date()).isEqualTo(THURSDAY);
        assertThat(first("He called just before midnight.", THURSDAY, false).date()).isEqualTo(LocalDate.of(2022, 2, 23));
        assertThat(first("He spoke today (22) with her.", THURSDAY, false).date()).isEqualTo(LocalDate.of(2022, 2, 22));
        assertThat(first("He spoke yesterday.", null, false).date()).isNull();
    }

    @Test
    void calendarDates() {
        assertThat(first("on Tuesday, February 1 he said", LocalDate.of(2022, 2, 1), false).date()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(first("on Feb. 1, 2022 he said", null, false).date()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(first("on the 3rd of March 2021", null, false).date()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(first("Wednesday, Sept.1, 2021", null, false).date()).isEqualTo(LocalDate.of(2021, 9, 1));
        // a day and month with no year anywhere: unknown
        DateResolver.Resolved noYear = first("since February 18", null, false);
        assertThat(noYear.date()).isNull();
        assertThat(noYear.text()).isEqualTo("February 18");
        // ... nor does a year stated for something else
        assertThat(first("since February 18. The 2022 talks failed.", null, false).date()).isNull();
        // ... but a full date the text writes within two months gives the year
        assertThat(first("They met on February 18. The two shake hands in Geneva, March 1, 2022.\n", null, false).date())
                .isEqualTo(LocalDate.of(2022, 2, 18));
        assertThat(first("They met on December 29. The two shake hands, January 2, 2017.\n", null, false).date())
                .isEqualTo(LocalDate.of(2016, 12, 29));
        // a December day read in a January article is last year's
        assertThat(first("on December 30", LocalDate.of(2022, 1, 3), false).date()).isEqualTo(LocalDate.of(2021, 12, 30));
    }

    @Test
    void vagueExpressionsKeepTheirWords() {
        DateResolver.Resolved r = first("They spoke earlier this week.", THURSDAY, false);
        assertThat(r.date()).isNull();
        assertThat(r.precision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(r.text()).isEqualTo("earlier this week");
    }

    @Test
    void crawlHeaderAndTimestampsAreNotEventDates() {
        DateResolver r = new DateResolver(" date 2022-02-24 They spoke. 6 March 2022, 7:56 pm", THURSDAY);
        assertThat(r.find(0, 50)).isEmpty();
    }

    @Test
    void withoutAPublicationDateAWeekdayTakesTheDayOfAFullDateTheTextWritesForIt() {
        String text = "The two leaders met in Beijing on Monday.\nThe leaders shake hands in Beijing, November 10, 2014.\n";
        assertThat(first(text, null, false).date()).isEqualTo(LocalDate.of(2014, 11, 10));
        // a full date on another weekday does not pin it, nor does a date that is not a caption's or a dateline's
        assertThat(first("The two leaders met on Tuesday.\nThey shake hands, November 10, 2014.\n", null, false).date()).isNull();
        assertThat(first("They met on Monday under the accords of November 10, 2014, in force.", null, false).date()).isNull();
    }

    @Test
    void aDateItsOwnWeekdayContradictsIsNotTrusted() {
        assertThat(first("On Thursday December 29 they spoke.", LocalDate.of(2016, 12, 30), false).date())
                .isEqualTo(LocalDate.of(2016, 12, 29));
        assertThat(first("On Friday December 29 they spoke.", LocalDate.of(2016, 12, 30), false).date()).isNull();
    }
}
