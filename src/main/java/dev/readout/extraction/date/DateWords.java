package dev.readout.extraction.date;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * The calendar's words, in one place for the event-date grammar and the publication-date reader: month names and
 * their abbreviations, weekday names, and the regular-expression fragments built from them. Page stamps of
 * non-English sites ("Date 23 Oktober 2014", "5 Desember 2019", "12. März 2021") use a few foreign month forms;
 * those are read only where a full date is required (day, month and year together), so a stray word never counts.
 */
public final class DateWords {

    private DateWords() {
    }

    /** English month names and abbreviations ("Sept.", "Sep", "September"), one capture group. */
    public static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    /** English and the commonest foreign (Indonesian, Dutch, German) month forms of page stamps, one capture group. */
    public static final String STAMP_MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember|Januar|Februar|März|Maerz|Mai|Dezember"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Okt|Nov|Dec|Des|Dez)\\.?";

    /** Weekday names, one capture group. */
    public static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /** Weekday names and their three-letter abbreviations ("Thu", "Thu."), one capture group; for page stamps. */
    public static final String WEEKDAY_OR_ABBREVIATION = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("maa", 3), Map.entry("mär", 3), Map.entry("mae", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("mei", 5), Map.entry("mai", 5), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("agu", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("des", 12), Map.entry("dez", 12));

    /** The month number (1-12) of a month word or abbreviation, or null. */
    public static Integer month(String word) {
        if (word == null || word.length() < 3) {
            return null;
        }
        return MONTHS.get(word.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    /** The weekday of a weekday name or abbreviation ("Thu", "Thursday"), or null. */
    public static DayOfWeek weekday(String word) {
        if (word == null || word.length() < 3) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT).substring(0, 3);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(w)) {
                return d;
            }
        }
        return null;
    }

    /** A count of days, weeks, months or years in words or digits ("three", "10"), as the date grammar reads it. */
    public static final String COUNT = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}|several|a few)";

    private static final List<String> COUNT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    /** The number a count word names ("three" → 3, "a" → 1, "12" → 12), or null for "several", "a few". */
    public static Integer count(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return 1;
        }
        if (w.matches("\\d{1,2}")) {
            return Integer.valueOf(w);
        }
        int i = COUNT_WORDS.indexOf(w);
        return i < 0 ? null : i;
    }
}
