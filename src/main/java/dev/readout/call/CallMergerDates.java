package dev.readout.call;

import dev.readout.extraction.date.DateWords;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a reported call can have happened on, from its date, precision, date words and the article's
 * publication date: a range (bounded or not) filtered by a weekday, a month-day and a month when the words give them.
 *
 * @param from     first possible day, or null when the report cannot be placed in time
 * @param to       last possible day, or null with from
 * @param weekday  the weekday the words name ("on Tuesday"), or null
 * @param monthDay the day and month the words name without a year ("Thursday (Feb 10)"), or null
 * @param month    the month the words name without a day or year ("in September"), or null
 */
record CallMergerDates(LocalDate from, LocalDate to, DayOfWeek weekday, MonthDay monthDay, Month month) {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
            "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
            "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Pattern WEEKDAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})\\b(?!\\s*,?\\s*\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "(?!\\s*,?\\s*\\d{4})");
    /** "in September", "early March": a month named without a day ("may" alone is a verb too, so a preposition is needed). */
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|early|late|mid|of|during)[ -]+" + MONTHS
            + "(?!\\s*\\d)");
    /** "November 2014", "in April 2015": a month of a given year. */
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTHS + "\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b");
    /** "two days ago": the date grammar's count words ({@link DateWords#COUNT}), so both read the same numbers. */
    private static final Pattern DAYS_AGO = Pattern.compile("\\b" + DateWords.COUNT + "\\s+days?\\s+ago\\b");

    /** Widest span (days) of an unresolved report still worth comparing day by day. */
    static final int MAX_SPAN = 400;

    static CallMergerDates of(CallMerger.CallReport r) {
        LocalDate d = r.date();
        DatePrecision p = r.precision() == null ? DatePrecision.UNKNOWN : r.precision();
        if (d != null && p == DatePrecision.DAY) {
            return new CallMergerDates(d, d, null, null, null);
        }
        if (d != null && p == DatePrecision.MONTH) {
            YearMonth ym = YearMonth.from(d);
            return new CallMergerDates(ym.atDay(1), ym.atEndOfMonth(), null, null, null);
        }
        if (d != null && p == DatePrecision.YEAR) {
            return new CallMergerDates(d.withDayOfYear(1), d.withDayOfYear(d.lengthOfYear()), null, null, null);
        }
        String text = r.dateText() == null ? "" : r.dateText().toLowerCase(Locale.ROOT);
        DayOfWeek weekday = null;
        Matcher w = WEEKDAY.matcher(text);
        if (w.find()) {
            weekday = WEEKDAYS.get(w.group(1));
        }
        MonthDay monthDay = monthDay(text);
        Matcher my = MONTH_YEAR.matcher(text);
        if (my.find() && monthDay == null) {
            YearMonth ym = YearMonth.of(Integer.parseInt(my.group(2)), month(my.group(1)));
            return new CallMergerDates(ym.atDay(1), ym.atEndOfMonth(), weekday, null, null);
        }
        Matcher in = IN_MONTH.matcher(text);
        Month month = monthDay == null && in.find() ? month(in.group(1)) : null;
        LocalDate pub = r.published();
        if (pub == null) {
            return new CallMergerDates(null, null, weekday, monthDay, month);
        }
        boolean future = r.status() == CallStatus.PLANNED;
        Matcher ago = DAYS_AGO.matcher(text);
        Integer days = !future && ago.find() ? DateWords.count(ago.group(1)) : null;
        if (days != null) {
            return new CallMergerDates(pub.minusDays(days), pub.minusDays(days), null, null, null);
        }
        if (!future && text.matches(".*\\byesterday\\b.*")) {
            return new CallMergerDates(pub.minusDays(1), pub.minusDays(1), null, null, null);
        }
        if (text.matches(".*\\b(today|tonight|this morning|this afternoon|this evening)\\b.*")) {
            return new CallMergerDates(pub, pub, null, null, null);
        }
        if (!future && text.matches(".*\\blast night\\b.*")) {
            return new CallMergerDates(pub.minusDays(1), pub, null, null, null);
        }
        if (!future && text.matches(".*\\blast month\\b.*")) {
            YearMonth last = YearMonth.from(pub).minusMonths(1);
            return new CallMergerDates(last.atDay(1), last.atEndOfMonth(), weekday, null, null);
        }
        if (!future && text.matches(".*\\blast week\\b.*")) {
            LocalDate monday = pub.minusDays(pub.getDayOfWeek().getValue() - 1L).minusWeeks(1);
            return new CallMergerDates(monday, monday.plusDays(6), weekday, null, null);
        }
        if (!future && text.matches(".*\\b(earlier )?this (week|month)\\b.*")) {
            LocalDate start = text.contains("month") ? pub.withDayOfMonth(1) : pub.minusDays(pub.getDayOfWeek().getValue() - 1L);
            return new CallMergerDates(start, pub, weekday, null, null);
        }
        // a named weekday, month-day or month is the nearest one on the right side of the publication date
        int span = monthDay != null || month != null ? 366 : weekday != null ? 6
                : future ? CallMerger.PLANNED_WINDOW_DAYS : CallMerger.WINDOW_DAYS;
        return future ? new CallMergerDates(pub, pub.plusDays(span), weekday, monthDay, month)
                : new CallMergerDates(pub.minusDays(span), pub, weekday, monthDay, month);
    }

    private static Month month(String name) {
        for (Month mo : Month.values()) {
            if (mo.name().toLowerCase(Locale.ROOT).startsWith(name.substring(0, 3))) {
                return mo;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static MonthDay monthDay(String text) {
        Matcher m = MONTH_DAY.matcher(text);
        if (m.find()) {
            return monthDay(m.group(1), m.group(2));
        }
        m = DAY_MONTH.matcher(text);
        if (m.find()) {
            return monthDay(m.group(2), m.group(1));
        }
        return null;
    }

    private static MonthDay monthDay(String month, String day) {
        Month mo = month(month);
        int d = Integer.parseInt(day);
        return d >= 1 && d <= mo.maxLength() ? MonthDay.of(mo, d) : null;
    }

    boolean bounded() {
        return from != null;
    }

    /** Whether the words or dates say anything at all about when. */
    boolean constrained() {
        return bounded() || weekday != null || monthDay != null || month != null;
    }

    boolean admits(LocalDate d) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to))
                && (weekday == null || d.getDayOfWeek() == weekday)
                && (monthDay == null || MonthDay.from(d).equals(monthDay))
                && (month == null || d.getMonth() == month);
    }

    /**
     * Whether the two say the same thing about when, not merely nothing contradictory: days in common when either is
     * placed in time, else the same weekday, month or day of the month named by both, or no date words on either.
     * "On Saturday" agrees with "Saturday"; it does not agree with "in April" (which only does not exclude it).
     */
    boolean agrees(CallMergerDates o) {
        if (bounded() || o.bounded()) {
            return !common(o).isEmpty();
        }
        if (!constrained() && !o.constrained()) {
            return true;
        }
        return compatible(o) && ((weekday != null && weekday == o.weekday)
                || (monthDay != null && monthDay.equals(o.monthDay))
                || (month != null && month == o.month));
    }

    /**
     * Whether some day fits both. Two reports that cannot be placed in time fit unless their words exclude each
     * other (another weekday, another month).
     */
    boolean compatible(CallMergerDates o) {
        if (bounded() || o.bounded()) {
            return !common(o).isEmpty();
        }
        Month m1 = monthDay != null ? monthDay.getMonth() : month, m2 = o.monthDay != null ? o.monthDay.getMonth() : o.month;
        return (weekday == null || o.weekday == null || weekday == o.weekday)
                && (monthDay == null || o.monthDay == null || monthDay.equals(o.monthDay))
                && (m1 == null || m2 == null || m1 == m2);
    }

    /** The possible days, when the range is bounded (and not absurdly wide). */
    List<LocalDate> days() {
        List<LocalDate> out = new ArrayList<>();
        if (!bounded()) {
            return out;
        }
        LocalDate end = to.isAfter(from.plusDays(MAX_SPAN)) ? from.plusDays(MAX_SPAN) : to;
        for (LocalDate d = from; !d.isAfter(end); d = d.plusDays(1)) {
            if (admits(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Days both allow; empty when both are unbounded (they cannot be placed) or they exclude each other. */
    List<LocalDate> common(CallMergerDates o) {
        if (bounded()) {
            return days().stream().filter(o::admits).toList();
        }
        if (o.bounded()) {
            return o.days().stream().filter(this::admits).toList();
        }
        return List.of();
    }
}
