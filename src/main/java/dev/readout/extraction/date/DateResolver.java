package dev.readout.extraction.date;

import dev.readout.call.DatePrecision;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Resolves the date expressions {@link DateGrammar} finds to a day, the way the gold counts them, and never to a
 * wrong one: where the day is not certain the result keeps the precision it has (MONTH, YEAR, UNKNOWN) and the words.
 * <ul>
 * <li>Against the publication date: a past weekday is the most recent such day on or before publication ("on
 * Wednesday" in a Thursday article is the day before), a future one the next on or after it; "yesterday", "today",
 * "last night" are relative to it; a day and month take its year (a December day in a January article, last year's).</li>
 * <li>Without one, only what the text itself states: a day and month take the year of a full date the text writes
 * within two months of it; a weekday is the day of a full date the text writes (a photo caption's "November 10,
 * 2014.") when exactly one falls on that weekday. A year stated for something else ("the 2014 invasion") is not
 * enough.</li>
 * <li>Spans of days have no single day (a month's precision where they lie in one month); "the next day" is counted
 * from the event it follows, once told which ({@link DateMention#anchoredTo}). A dateline resolves to its day, but
 * it dates the report: the call stages never take it for an event's.</li>
 * </ul>
 * Stateless apart from the article it was made for; cheap to create.
 */
public final class DateResolver {

    /** What kind of expression it is; earlier kinds win where matches overlap. */
    public enum Kind { RANGE, CALENDAR, WEEKDAY, RELATIVE, ANAPHORIC, MONTH, YEAR, VAGUE, DATELINE }

    /**
     * A date expression: its characters in the article, the words, and what they pin down.
     *
     * @param relative the relative word's key ("today", "yesterday", "last year", "last week")
     * @param offset   for ANAPHORIC: days after (or before, negative) the event it follows
     * @param anchor   for ANAPHORIC: the date expression of the event it follows, once known
     * @param earlier  the date of an earlier contact the sentence mentions in passing ("since February 18"), so the
     *                 reading it dates is its own event
     */
    public record DateMention(int start, int end, String text, Kind kind, Integer year, Integer month, Integer day,
                              DayOfWeek weekday, String relative, boolean futureHint, boolean pastHint, int offset,
                              DateMention anchor, boolean earlier) {

        static DateMention of(int start, int end, String text, Kind kind) {
            return new DateMention(start, end, text, kind, null, null, null, null, null, false, false, 0, null, false);
        }

        /** An event said to last several days ("four days of talks"): a span with no single day. */
        public static DateMention severalDays(int start, int end, String text) {
            return of(start, end, text, Kind.RANGE);
        }

        /** The day of the report itself, for an event told as just done ("has met"): resolves to the publication date. */
        public static DateMention reportDay(int start, int end, String text) {
            return of(start, end, text, Kind.RELATIVE).relativeTo("today");
        }

        DateMention on(Integer y, Integer m, Integer d, DayOfWeek w) {
            return new DateMention(start, end, text, kind, y, m, d, w, relative, futureHint, pastHint, offset, anchor, earlier);
        }

        DateMention hints(boolean future, boolean past) {
            return new DateMention(start, end, text, kind, year, month, day, weekday, relative, future, past, offset, anchor, earlier);
        }

        DateMention relativeTo(String key) {
            return new DateMention(start, end, text, kind, year, month, day, weekday, key, futureHint, pastHint, offset, anchor, earlier);
        }

        DateMention shifted(int days) {
            return new DateMention(start, end, text, kind, year, month, day, weekday, relative, futureHint, pastHint, days, anchor, earlier);
        }

        DateMention as(Kind k) {
            return new DateMention(start, end, text, k, year, month, day, weekday, relative, futureHint, pastHint, offset, anchor, earlier);
        }

        /** This ANAPHORIC expression counted from the given event's date expression. */
        public DateMention anchoredTo(DateMention event) {
            return new DateMention(start, end, text, kind, year, month, day, weekday, relative, futureHint, pastHint, offset, event, earlier);
        }

        /** This expression as the date of an earlier contact mentioned in passing. */
        public DateMention asEarlierContact() {
            return new DateMention(start, end, text, kind, year, month, day, weekday, relative, futureHint, pastHint, offset, anchor, true);
        }

        /** A key for "same stated day" comparisons between unresolved mentions ("Sunday" = "Sunday morning"). */
        public String key() {
            if (month != null && day != null) {
                return (year == null ? "" : year + "-") + month + "-" + day;
            }
            if (month != null) {
                return (year == null ? "" : year + "-") + month;
            }
            if (weekday != null) {
                return weekday.toString();
            }
            if (kind == Kind.ANAPHORIC && anchor != null) {
                return anchor.key() + (offset == 0 ? "" : "+" + offset);
            }
            return relative == null ? text.toLowerCase(Locale.ROOT) : relative;
        }
    }

    /** A resolved date: the day (or the first of its month or year, or null), its precision and the words. */
    public record Resolved(LocalDate date, DatePrecision precision, String text) {
    }

    /** A full date written as a photo caption ends ("…, November 10, 2014." then a credit or a new line). */
    private static final Pattern CAPTION_END = Pattern.compile("^\\.?[ \\t]*(?:[(\\[]|\\r?\\n|$)");
    private static final Pattern EVE_OF = Pattern.compile("(?i)\\beve\\s+of\\s+(?:the\\s+)?$");
    /** How far a day and month may lie from a full date the text writes for that date's year to be theirs. */
    private static final int YEAR_REACH_DAYS = 62;
    /** Anchors are read from the first characters only: an article's captions and dateline, not a pasted archive. */
    private static final int ANCHOR_REACH = 40_000;

    private final String text;
    private final LocalDate published;
    private final DateGrammar grammar;
    private List<LocalDate> anchors;

    public DateResolver(String text, LocalDate published) {
        this.text = text;
        this.published = published;
        this.grammar = new DateGrammar(text);
    }

    /** Date expressions within [from, to) of the article, in text order, overlapping matches resolved. */
    public List<DateMention> find(int from, int to) {
        return grammar.find(from, to);
    }

    /** The publication date this resolver counts from, or null. */
    public LocalDate published() {
        return published;
    }

    /** A key for "same day" comparisons: the resolved day where there is one, else the stated words' key; null when vague. */
    public String sameDayKey(DateMention d, boolean future) {
        if (d == null || d.kind() == Kind.VAGUE) {
            return null;
        }
        Resolved r = resolve(d, future);
        if (r.date() != null && r.precision() == DatePrecision.MONTH) {
            return r.date().toString().substring(0, 7);
        }
        return r.date() != null && r.precision() == DatePrecision.DAY ? r.date().toString() : d.key();
    }

    /** Resolves a mention for an event that is past (held, attempted) or future (planned). */
    public Resolved resolve(DateMention d, boolean future) {
        Resolved r = resolveDay(d, future);
        if (r.date() != null && r.precision() == DatePrecision.DAY
                && EVE_OF.matcher(text.substring(Math.max(0, d.start() - 16), d.start())).find()) {
            // "on the eve of Sunday's summit": the day before the day named
            return new Resolved(r.date().minusDays(1), DatePrecision.DAY, "the eve of " + r.text());
        }
        return r;
    }

    private Resolved resolveDay(DateMention d, boolean future) {
        String words = d.text().strip().replaceAll("(?<=[a-z]{4})\\.$", "");
        LocalDate day = switch (d.kind()) {
            case CALENDAR, DATELINE -> calendar(d, future);
            case WEEKDAY -> weekday(d, future);
            case RELATIVE -> relative(d);
            case ANAPHORIC -> anaphoric(d, future);
            default -> null;
        };
        if (day != null) {
            return new Resolved(day, DatePrecision.DAY, words);
        }
        LocalDate month = switch (d.kind()) {
            case MONTH -> month(d, future);
            case RANGE -> d.month() == null ? null : month(d, future);
            default -> null;
        };
        if (month != null) {
            return new Resolved(month, DatePrecision.MONTH, words);
        }
        Integer year = d.kind() == Kind.YEAR ? year(d) : null;
        return year != null ? new Resolved(LocalDate.of(year, 1, 1), DatePrecision.YEAR, words)
                : new Resolved(null, DatePrecision.UNKNOWN, words);
    }

    private LocalDate calendar(DateMention d, boolean future) {
        LocalDate date;
        if (d.year() != null) {
            date = safe(d.year(), d.month(), d.day());
        } else if (published != null) {
            date = safe(published.getYear(), d.month(), d.day());
            if (date != null && !future && date.isAfter(published.plusDays(7))) {
                date = safe(published.getYear() - 1, d.month(), d.day());
            } else if (date != null && future && date.isBefore(published.minusDays(7))) {
                date = safe(published.getYear() + 1, d.month(), d.day());
            }
        } else {
            date = nearAnchor(d.month(), d.day());
        }
        // "Thursday December 29" must be a Thursday: a date its own weekday contradicts is not trusted
        return date != null && d.weekday() != null && date.getDayOfWeek() != d.weekday() ? null : date;
    }

    private LocalDate weekday(DateMention d, boolean future) {
        if (published == null) {
            LocalDate only = null;
            for (LocalDate a : anchors()) {
                if (a.getDayOfWeek() == d.weekday() && (d.day() == null || a.getDayOfMonth() == d.day())) {
                    if (only != null && !only.equals(a)) {
                        return null; // two such days in the text: not pinned
                    }
                    only = a;
                }
            }
            return only;
        }
        boolean fut = (future || d.futureHint()) && !d.pastHint();
        LocalDate date = fut ? published.with(TemporalAdjusters.nextOrSame(d.weekday()))
                : published.with(TemporalAdjusters.previousOrSame(d.weekday()));
        if (d.day() == null) {
            return date;
        }
        // "Monday (20/10)": the Monday that is the 20th, within a fortnight of publication
        for (int w = -2; w <= 2; w++) {
            LocalDate c = date.plusWeeks(w);
            if (c.getDayOfMonth() == d.day() && (d.month() == null || c.getMonthValue() == d.month())
                    && Math.abs(c.toEpochDay() - published.toEpochDay()) <= 14) {
                return c;
            }
        }
        return null;
    }

    private LocalDate relative(DateMention d) {
        if (published == null) {
            return null;
        }
        LocalDate base = switch (d.relative()) {
            case "yesterday" -> published.minusDays(1);
            case "tomorrow" -> published.plusDays(1);
            default -> d.relative().endsWith(" days ago")
                    ? published.minusDays(Integer.parseInt(d.relative().substring(0, d.relative().indexOf(' '))))
                    : published;
        };
        if (d.day() != null) {
            // "today (1)": the day of the month the writer meant, on or before publication
            LocalDate dom = safe(published.getYear(), published.getMonthValue(), d.day());
            if (dom != null && dom.isAfter(published)) {
                LocalDate prev = published.minusMonths(1);
                dom = safe(prev.getYear(), prev.getMonthValue(), d.day());
            }
            if (dom != null && Math.abs(dom.toEpochDay() - published.toEpochDay()) <= 3) {
                base = dom;
            }
        }
        return base;
    }

    private LocalDate anaphoric(DateMention d, boolean future) {
        if (d.anchor() == null) {
            return null;
        }
        Resolved a = resolve(d.anchor(), future);
        return a.date() == null || a.precision() != DatePrecision.DAY ? null : a.date().plusDays(d.offset());
    }

    private LocalDate month(DateMention d, boolean future) {
        Integer y = d.year();
        if (y == null && published != null) {
            y = published.getYear();
            boolean fut = (future || d.futureHint()) && !d.pastHint();
            if (!fut && d.month() > published.getMonthValue()) {
                y--;
            } else if (fut && d.month() < published.getMonthValue()) {
                y++;
            }
        } else if (y == null) {
            LocalDate near = nearAnchor(d.month(), 15);
            y = near == null ? null : near.getYear();
        }
        return y == null ? null : LocalDate.of(y, d.month(), 1);
    }

    private Integer year(DateMention d) {
        if (d.year() != null) {
            return d.year();
        }
        if (published == null || d.relative() == null) {
            return null;
        }
        return switch (d.relative()) {
            case "last year" -> published.getYear() - 1;
            case "next year" -> published.getYear() + 1;
            default -> published.getYear();
        };
    }

    /** The day and month in the year that puts them within reach of a full date the text writes, or null. */
    private LocalDate nearAnchor(Integer month, Integer day) {
        LocalDate found = null;
        for (LocalDate a : anchors()) {
            for (int y = a.getYear() - 1; y <= a.getYear() + 1; y++) {
                LocalDate c = safe(y, month, day);
                if (c != null && Math.abs(c.toEpochDay() - a.toEpochDay()) <= YEAR_REACH_DAYS) {
                    if (found != null && !found.equals(c)) {
                        return null;
                    }
                    found = c;
                }
            }
        }
        return found;
    }

    /**
     * Full dates the text itself writes where they date the article's events: as a photo caption or a sentence ends
     * ("…, November 10, 2014."), or as its dateline. Used only when there is no publication date.
     */
    private List<LocalDate> anchors() {
        if (anchors == null) {
            List<LocalDate> out = new ArrayList<>();
            for (DateMention d : grammar.find(0, Math.min(text.length(), ANCHOR_REACH))) {
                if ((d.kind() == Kind.CALENDAR || d.kind() == Kind.DATELINE) && d.year() != null) {
                    LocalDate date = safe(d.year(), d.month(), d.day());
                    boolean agrees = date != null && (d.weekday() == null || date.getDayOfWeek() == d.weekday());
                    boolean caption = CAPTION_END.matcher(text).region(d.end(), text.length()).lookingAt();
                    if (agrees && (caption || d.kind() == Kind.DATELINE) && !out.contains(date)) {
                        out.add(date);
                    }
                }
            }
            anchors = List.copyOf(out);
        }
        return anchors;
    }

    private static LocalDate safe(Integer y, Integer m, Integer d) {
        try {
            return y == null || m == null || d == null ? null : LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "DateResolver[published=" + published + ", anchors=" + Objects.requireNonNullElse(anchors, List.of()) + "]";
    }
}
