package dev.readout.extraction.date;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The publication date read from datelines and page stamps, on texts written for the test. */
class PublishedDateTest {

    private static LocalDate read(String text) {
        return PublishedDate.read(text);
    }

    @Test
    void aDatelineWithAPlaceAndAFullDate() {
        assertThat(read("Lisbon [Portugal], March 3, 2021 (ANI): The minister spoke with his counterpart."))
                .isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(read("OSLO, Norway, 14 June 2019/Agency/ -- The minister met the envoy."))
                .isEqualTo(LocalDate.of(2019, 6, 14));
        assertThat(read("Headline of the piece\n\nQUITO, (Wire Service / AGN - 05th Jun, 2018) The minister met her."))
                .isEqualTo(LocalDate.of(2018, 6, 5));
        assertThat(read("Nairobi, May 4/2017(KNA) The president hosted his guest."))
                .isEqualTo(LocalDate.of(2017, 5, 4));
    }

    @Test
    void aDateAfterATitleCaseHeadlineThenADatelinePlace() {
        assertThat(read("Ministers Meet Over Trade Friday , March 5, 2010 GENEVA, Switz. — Trade ministers met on Friday."))
                .isEqualTo(LocalDate.of(2010, 3, 5));
    }

    @Test
    void aDatelineBrokenOverTwoLines() {
        assertThat(read("Leaders talk trade\n\nLima\n\nWed, June 9, 2021\n\nThe two leaders met today in the capital to talk about trade."))
                .isEqualTo(LocalDate.of(2021, 6, 9));
    }

    @Test
    void pageStampsAboveTheBody() {
        assertThat(read("Minister takes a call\n\nPosted at 9:05 AM, Jun 3, 2019\n\nThe minister took a call from her counterpart on Monday."))
                .isEqualTo(LocalDate.of(2019, 6, 3));
        assertThat(read("Talks in the capital\nUpdated: 2012-07-19 10:30\n\nThe two presidents held talks in the capital on Thursday."))
                .isEqualTo(LocalDate.of(2012, 7, 19));
        assertThat(read("Prime minister hosts guest\nWORLD 11:20 / 14.02.2020 512\n\nThe prime minister hosted his guest today in the capital."))
                .isEqualTo(LocalDate.of(2020, 2, 14));
        assertThat(read("Envoy received\nA. Writer 5 minutes ago Mon 02nd March 2020 | 10:10 AM\n\nThe minister received the envoy today at the ministry."))
                .isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(read("Press releases\n17\n05, 2015\nToday the president had a phone conversation with the secretary general."))
                .isEqualTo(LocalDate.of(2015, 5, 17));
        assertThat(read("Source: News Site | 11-23-2008 14:02\nThe two leaders met in the capital and talked about trade."))
                .isEqualTo(LocalDate.of(2008, 11, 23));
        assertThat(read("By Staff     Date 12 Oktober 2016\nThe president received the ambassador at the palace today."))
                .isEqualTo(LocalDate.of(2016, 10, 12));
    }

    @Test
    void aYearlessDatelineTakesTheYearTheTextGivesThatSameDay() {
        assertThat(read("HANOI, July 8 (Agency) -- The two ministers met on Tuesday.\nThe ministers shake hands in Hanoi, July 8, 2014. [Agency]"))
                .isEqualTo(LocalDate.of(2014, 7, 8));
    }

    @Test
    void neverGuesses() {
        // a dateline without a year
        assertThat(read("Ankara, May 31 (Agency) The two ministers spoke on Wednesday.")).isNull();
        // a numeric date that reads both ways
        assertThat(read("Press releases\n04/05/2016\nThe president had a phone conversation with the secretary general.")).isNull();
        // the page's own clock at crawl time, with seconds
        assertThat(read("SITE NAME\n\n03/14/2024 10:12:45 am\n\nThe two leaders held talks on the sidelines of the summit on Monday."))
                .isNull();
        // a photo caption in the body, hard-wrapped so that its date opens a line
        assertThat(read("The president and his guest began talks in the capital on Monday afternoon.\nThe two shake hands in the capital before their talks\nApril 3, 2017. [photo]"))
                .isNull();
        // a date in prose, and a "read more" link below the body
        assertThat(read("On November 2, 2009, the president held talks with his guest in the capital.")).isNull();
        assertThat(read("The minister said the talks had gone well, and that more would follow soon.\nJune 12, 2020\nRead full news"))
                .isNull();
        // a weekday that contradicts the date is a misprint, not a stamp
        assertThat(read("Trade talks\nMonday, March 5, 2010\n\nThe ministers met on Friday and talked about trade.")).isNull();
    }
}
