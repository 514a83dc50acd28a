package dev.readout.extraction.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that name day, month and year together, as page stamps and datelines write them: "April 29, 2022",
 * "Thu 02nd April 2020", "02nd Apr, 2020", "February 19/2020", "23 Oktober 2014", "2004-10-09", and, where asked,
 * numeric forms ("21.12.2022", "12-14-2006", "23 / 04, 2016"). A numeric date is read only when it cannot be misread:
 * day-first with dots (the European convention), or one of the two leading numbers above 12; "04/05/2016" is left
 * alone. A weekday written with the date must agree with it.
 */
final class FullDates {

    /** One full date found: its characters in the searched text and the day. */
    record Found(int start, int end, LocalDate date) {
    }

    private static final String WD = "(?:" + DateWords.WEEKDAY_OR_ABBREVIATION + ",?\\s+)?";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + WD + DateWords.STAMP_MONTH + "\\s*(\\d{1,2})" + ORD + "\\s*[,/]?\\s*((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b" + WD + "(\\d{1,2})" + ORD + "\\.?\\s+(?:of\\s+)?" + DateWords.STAMP_MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.:/-])(\\d{1,2})\\s*([./\\s-])\\s*(\\d{1,2})\\s*[,./\\s-]\\s*((?:19|20)\\d\\d)(?![\\d:])");

    private FullDates() {
    }

    /** Full dates written with month names (and ISO dates), in text order, overlaps removed. */
    static List<Found> named(String s) {
        return find(s, false);
    }

    /** As {@link #named}, plus unambiguous numeric dates; for page stamps. */
    static List<Found> withNumeric(String s) {
        return find(s, true);
    }

    private static List<Found> find(String s, boolean numeric) {
        List<Found> all = new ArrayList<>();
        Matcher m = MONTH_FIRST.matcher(s);
        while (m.find()) {
            add(all, m, m.group(1), m.group(2), m.group(3), m.group(4));
        }
        m = DAY_FIRST.matcher(s);
        while (m.find()) {
            add(all, m, m.group(1), m.group(3), m.group(2), m.group(4));
        }
        m = ISO.matcher(s);
        while (m.find()) {
            LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                all.add(new Found(m.start(), m.end(), d));
            }
        }
        if (numeric) {
            m = NUMERIC.matcher(s);
            while (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                int y = Integer.parseInt(m.group(4));
                LocalDate d = null;
                if (a > 12 && b <= 12 || m.group(2).equals(".")) {
                    d = date(y, b, a);
                } else if (b > 12 && a <= 12) {
                    d = date(y, a, b);
                }
                if (d != null) {
                    all.add(new Found(m.start(), m.end(), d));
                }
            }
        }
        all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        List<Found> out = new ArrayList<>();
        for (Found f : all) {
            if (out.isEmpty() || f.start() >= out.get(out.size() - 1).end()) {
                out.add(f);
            }
        }
        return out;
    }

    private static void add(List<Found> all, Matcher m, String weekday, String month, String day, String year) {
        Integer mo = DateWords.month(month);
        LocalDate d = mo == null ? null : date(Integer.parseInt(year), mo, Integer.parseInt(day));
        DayOfWeek w = DateWords.weekday(weekday);
        if (d != null && (w == null || d.getDayOfWeek() == w)) {
            all.add(new Found(m.start(), m.end(), d));
        }
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
