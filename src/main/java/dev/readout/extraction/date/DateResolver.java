package dev.readout.extraction.date;

import dev.readout.call.DatePrecision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in news text and resolves them to a day against the publication date, the way the gold
 * counts them: a past weekday is the most recent such day on or before publication ("on Wednesday" in a Thursday
 * article is the day before), a future one the next on or after it; "yesterday", "today", "last night" and "before
 * midnight" are relative to publication; a day and month take the publication year, else a year the article states.
 * Without a publication date a weekday or relative word stays unresolved, with its words kept. Stateless apart from
 * the article it was made for; cheap to create.
 */
public final class DateResolver {

    /** A date expression: its characters in the article, the words, and what they pin down. */
    public record DateMention(int start, int end, String text, Kind kind, Integer year, Integer month, Integer day,
                              DayOfWeek weekday, String relative, boolean futureHint, boolean pastHint) {

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
            return relative == null ? text.toLowerCase(Locale.ROOT) : relative;
        }
    }

    /** What kind of expression it is. */
    public enum Kind { CALENDAR, WEEKDAY, RELATIVE, MONTH, VAGUE }

    /** A resolved date: the day (or null), its precision and the words. */
    public record Resolved(LocalDate date, DatePrecision precision, String text) {
    }

    private static final String WD = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MON = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile("(?:" + WD + ",?\\s+)?" + MON + "\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?:" + WD + ",?\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MON + "(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("(?:\\b(early|late|earlier|later|last|this|next|on|also|Also|Early|Late|Earlier|Last|This|Next|On)\\s+)?"
            + WD + "(?:['’]s)?(?:\\s+(morning|afternoon|evening|night))?");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:(earlier|later|midday|late|early)\\s+)?(today|tonight|yesterday|tomorrow|"
            + "this\\s+(?:morning|afternoon|evening)|last\\s+night|overnight|(?:just\\s+)?before\\s+midnight)"
            + "(?:\\s+(?:morning|afternoon|evening))?(?:\\s*\\((\\d{1,2})\\))?");
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(earlier this week|early this week|this week|last week|next week|"
            + "last month|this month|next month|recently|over the weekend|the weekend|in the coming (?:days|weeks|months))\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:(?:in|during|since|early|late|mid|mid-|last|this|next|In|During|Since|Early|Late|Last|This|Next)\\s+)"
            + MON + "(?:,?\\s+(\\d{4})\\b)?|\\b" + MON + "\\s+(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private final String text;
    private final LocalDate published;
    private final Integer statedYear;

    public DateResolver(String text, LocalDate published) {
        this.text = text;
        this.published = published;
        this.statedYear = latestYear(text);
    }

    private static Integer latestYear(String text) {
        Matcher m = YEAR.matcher(text);
        Integer y = null;
        while (m.find()) {
            int v = Integer.parseInt(m.group(1));
            // a four-digit number in a money or count context is not a year, but news text rarely has such in 1950-2099
            if (y == null || v > y) {
                y = v;
            }
        }
        return y;
    }

    /** Date expressions within [from, to) of the article, in text order, overlapping matches resolved longest first. */
    public List<DateMention> find(int from, int to) {
        String s = text.substring(from, to);
        List<DateMention> all = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(s);
        while (m.find()) {
            int d = Integer.parseInt(m.group(3));
            if (d >= 1 && d <= 31) {
                all.add(new DateMention(from + m.start(), from + m.end(), m.group(), Kind.CALENDAR,
                        m.group(4) == null ? null : Integer.valueOf(m.group(4)), month(m.group(2)), d, weekday(m.group(1)),
                        null, false, false));
            }
        }
        m = DAY_MONTH.matcher(s);
        while (m.find()) {
            int d = Integer.parseInt(m.group(2));
            if (d >= 1 && d <= 31) {
                all.add(new DateMention(from + m.start(), from + m.end(), m.group(), Kind.CALENDAR,
                        m.group(4) == null ? null : Integer.valueOf(m.group(4)), month(m.group(3)), d, weekday(m.group(1)),
                        null, false, false));
            }
        }
        m = ISO.matcher(s);
        while (m.find()) {
            if (text.substring(Math.max(0, from + m.start() - 6), from + m.start()).strip().equalsIgnoreCase("date")) {
                continue; // the crawl header " date YYYY-MM-DD " is the publication date, not an event's
            }
            all.add(new DateMention(from + m.start(), from + m.end(), m.group(), Kind.CALENDAR, Integer.valueOf(m.group(1)),
                    Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)), null, null, false, false));
        }
        m = WEEKDAY.matcher(s);
        while (m.find()) {
            String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            all.add(new DateMention(from + m.start(), from + m.end(), m.group(), Kind.WEEKDAY, null, null, null,
                    weekday(m.group(2)), null, mod.equals("next") || mod.equals("this"), mod.equals("last")));
        }
        m = MONTH_ONLY.matcher(s);
        while (m.find()) {
            String mon = m.group(1) != null ? m.group(1) : m.group(3);
            String yr = m.group(2) != null ? m.group(2) : m.group(4);
            String mod = m.group().toLowerCase(Locale.ROOT);
            all.add(new DateMention(from + m.start(), from + m.end(), m.group(), Kind.MONTH, yr == null ? null : Integer.valueOf(yr),
                    month(mon), null, null, null, mod.startsWith("next"), mod.startsWith("last")));
        }
        m = RELATIVE.matcher(s);
        while (m.find()) {
            String rel = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Integer dom = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            all.add(new DateMention(from + m.start(), from + m.end(), m.group(), Kind.RELATIVE, null, null, dom, null,
                    relativeKey(rel), rel.equals("tomorrow"), false));
        }
        m = VAGUE.matcher(s);
        while (m.find()) {
            all.add(new DateMention(from + m.start(), from + m.end(), m.group(), Kind.VAGUE, null, null, null, null,
                    m.group().toLowerCase(Locale.ROOT), m.group().toLowerCase(Locale.ROOT).startsWith("next"), false));
        }
        // a timestamp ("6 March 2022, 7:56 pm") dates the page, not an event
        all.removeIf(d -> (d.kind() == Kind.CALENDAR || d.kind() == Kind.MONTH) && text.substring(d.end(), Math.min(text.length(), d.end() + 12))
                .matches("(?s)^[,\\s]*\\d{1,2}:\\d{2}.*"));
        // the most specific expression wins where matches overlap ("Tuesday, February 1" over "on Tuesday")
        all.sort(Comparator.comparingInt((DateMention x) -> x.kind().ordinal()).thenComparing(x -> -(x.end() - x.start())));
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : all) {
            boolean overlaps = false;
            for (DateMention o : out) {
                if (d.start() < o.end() && o.start() < d.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt(DateMention::start));
        return out;
    }

    private static String relativeKey(String rel) {
        if (rel.startsWith("this") || rel.equals("today") || rel.equals("tonight")) {
            return "today";
        }
        if (rel.equals("yesterday") || rel.equals("last night") || rel.endsWith("midnight") || rel.equals("overnight")) {
            return "yesterday";
        }
        return rel;
    }

    private static Integer month(String m) {
        return m == null ? null : MONTHS.get(m.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static DayOfWeek weekday(String w) {
        return w == null ? null : DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
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
        return r.date() != null ? r.date().toString() : d.key();
    }

    /**
     * Resolves a mention for an event that is past (held, attempted) or future (planned).
     */
    public Resolved resolve(DateMention d, boolean future) {
        Resolved r = resolveDay(d, future);
        if (r.date() != null && r.precision() == DatePrecision.DAY && EVE_OF.matcher(text.substring(Math.max(0, d.start() - 16),
                d.start())).find()) {
            // "on the eve of Sunday's summit": the day before the day named
            return new Resolved(r.date().minusDays(1), DatePrecision.DAY, "the eve of " + r.text());
        }
        return r;
    }

    private static final Pattern EVE_OF = Pattern.compile("(?i)\\beve\\s+of\\s+(?:the\\s+)?$");

    private Resolved resolveDay(DateMention d, boolean future) {
        String words = d.text().strip().replaceAll("(?<=[a-z]{4})\\.$", "");
        switch (d.kind()) {
            case CALENDAR -> {
                Integer y = d.year();
                if (y == null && published != null) {
                    y = published.getYear();
                    LocalDate candidate = safe(y, d.month(), d.day());
                    if (candidate != null && !future && candidate.isAfter(published.plusDays(7))) {
                        y = y - 1;
                    } else if (candidate != null && future && candidate.isBefore(published.minusDays(7))) {
                        y = y + 1;
                    }
                } else if (y == null) {
                    y = statedYear;
                }
                LocalDate date = y == null ? null : safe(y, d.month(), d.day());
                return date == null ? new Resolved(null, DatePrecision.UNKNOWN, words) : new Resolved(date, DatePrecision.DAY, words);
            }
            case MONTH -> {
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
                    y = statedYear;
                }
                return y == null ? new Resolved(null, DatePrecision.UNKNOWN, words)
                        : new Resolved(LocalDate.of(y, d.month(), 1), DatePrecision.MONTH, words);
            }
            case WEEKDAY -> {
                if (published == null) {
                    return new Resolved(null, DatePrecision.UNKNOWN, words);
                }
                boolean fut = (future || d.futureHint()) && !d.pastHint();
                LocalDate date = fut ? published.with(TemporalAdjusters.nextOrSame(d.weekday()))
                        : published.with(TemporalAdjusters.previousOrSame(d.weekday()));
                return new Resolved(date, DatePrecision.DAY, words);
            }
            case RELATIVE -> {
                if (published == null) {
                    return new Resolved(null, DatePrecision.UNKNOWN, words);
                }
                LocalDate base = switch (d.relative()) {
                    case "yesterday" -> published.minusDays(1);
                    case "tomorrow" -> published.plusDays(1);
                    default -> published;
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
                return new Resolved(base, DatePrecision.DAY, words);
            }
            default -> {
                return new Resolved(null, DatePrecision.UNKNOWN, words);
            }
        }
    }

    private static LocalDate safe(Integer y, Integer m, Integer d) {
        try {
            return y == null || m == null || d == null ? null : LocalDate.of(y, m, d);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
