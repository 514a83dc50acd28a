package dev.readout.extraction.date;

import dev.readout.extraction.date.DateResolver.DateMention;
import dev.readout.extraction.date.DateResolver.Kind;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product's one grammar of date expressions in news prose: what the words say, before any resolution. Calendar
 * dates ("February 1", "1 February 2022", "Tuesday, Feb. 1", "Monday (20/10)"), weekdays with their modifiers ("last
 * Thursday", "Friday afternoon"), days relative to publication ("yesterday", "this morning", "today (1)"), days
 * relative to the event just told ("the next day", "later that day"), spans of several days ("from March 6 to 10",
 * "April 27-28", "Sunday and Monday"), months, years, vague periods ("last week"), and datelines, which date the
 * report, never an event. Overlapping matches keep the most specific, then the longest.
 */
final class DateGrammar {

    private static final String WD = DateWords.WEEKDAY;
    private static final String MON = DateWords.MONTH;
    private static final String ORD = "(?:st|nd|rd|th)?";

    private static final Pattern MONTH_DAY = Pattern.compile("(?:\\b" + WD + ",?\\s+)?\\b" + MON + "\\s*(\\d{1,2})" + ORD
            + "\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?:\\b" + WD + ",?\\s+)?\\b(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?"
            + MON + "(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** A weekday with the day (and month) in brackets, as Indonesian and Brazilian wires write it: "Monday (20/10)". */
    private static final Pattern WEEKDAY_NUMBERED = Pattern.compile("\\b(?:(this|last|next|on|This|Last|Next|On)\\s+)?" + WD
            + "(?:\\s+(?:morning|afternoon|evening|night))?\\s*\\((\\d{1,2})(?:(?:th|st|nd|rd))?(?:\\s*[/.]\\s*(\\d{1,2}))?\\)");
    private static final Pattern WEEKDAY = Pattern.compile("(?:\\b(early|late|earlier|later|last|this|next|on|also|Also|Early|Late|Earlier|Last|This|Next|On)\\s+)?\\b"
            + WD + "(?:['’]s)?(?:\\s+(morning|afternoon|evening|night))?");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:(earlier|later|midday|late|early)\\s+)?(today|tonight|yesterday|tomorrow|"
            + "this\\s+(?:morning|afternoon|evening)|last\\s+night|overnight|(?:just\\s+)?before\\s+midnight)"
            + "(?:\\s+(?:morning|afternoon|evening))?(?:\\s*\\((\\d{1,2})\\))?");
    /** Days counted from the event just told. */
    private static final Pattern ANAPHORIC = Pattern.compile("(?i)\\b(?:(?:later|earlier)\\s+(?:that|the\\s+same)\\s+day"
            + "|the\\s+same\\s+day|(?:on\\s+)?the\\s+(?:next|following|previous)\\s+day|the\\s+day\\s+before"
            + "|(?:a|one)\\s+day\\s+(?:later|earlier))\\b(?!\\s+(?:the|a|an|his|her|their|its|of|that|when|after|before)\\b)");
    private static final String DAY_EXPR = "(?:(?:the\\s+)?\\d{1,2}" + ORD + "(?:\\s+(?:of\\s+)?" + MON + ")?|" + MON
            + "\\s*\\d{1,2}" + ORD + "|" + WD + ")";
    /** Spans of several days: "from March 6 to 10", "between 28 and 31 May", "April 27-28", "Sunday and Monday". */
    private static final Pattern RANGE = Pattern.compile("\\b(?:(?:[Ff]rom|[Bb]etween)\\s+" + DAY_EXPR + "\\s+(?:to|and|until|till|through|-|–)\\s+"
            + DAY_EXPR + "|" + MON + "\\s*\\d{1,2}" + ORD + "\\s*[-–]\\s*\\d{1,2}" + ORD + "|\\d{1,2}" + ORD + "\\s*[-–]\\s*\\d{1,2}" + ORD
            + "\\s+(?:of\\s+)?" + MON + "|\\d{1,2}" + ORD + "\\s+and\\s+\\d{1,2}" + ORD + "\\s+(?:of\\s+)?" + MON + "|" + MON
            + "\\s*\\d{1,2}" + ORD + "\\s+and\\s+\\d{1,2}" + ORD + "\\b|" + WD
            + "\\s+(?:and|to|through)\\s+" + WD + ")(?:\\s+(?:of\\s+)?" + MON + ")?(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern MONTH_WORD = Pattern.compile("\\b" + MON);
    /** "three days ago", "a week ago", "several months ago": counted back from the report. */
    private static final Pattern AGO = Pattern.compile("(?i)\\b" + DateWords.COUNT + "\\s+(day|week|month|year)s?\\s+ago\\b");
    /**
     * "in three weeks' time", "in two-three weeks' time", "two months from now": counted forward from the report; pins
     * no day. A bare "in a week" is left alone: "a second call in a week" spans time past.
     */
    private static final Pattern AHEAD = Pattern.compile("(?i)\\b(?:in\\s+)?" + DateWords.COUNT + "(?:\\s*(?:-|–|to|or)\\s*"
            + DateWords.COUNT + ")?\\s+(?:day|week|month)s?(?:['’]s?\\s+time|\\s+from\\s+now)\\b");
    private static final Pattern WEEKDAY_WORD = Pattern.compile("\\b" + WD);
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(earlier this week|early this week|this week|last week|next week|"
            + "last month|this month|next month|recently|over the weekend|the weekend|in the coming (?:days|weeks|months))\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:(?:in|during|since|early|late|mid|mid-|last|this|next|In|During|Since|Early|Late|Last|This|Next)\\s+)"
            + MON + "(?:,?\\s+(\\d{4})\\b)?|\\b" + MON + "\\s+(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:(?:in|during|early|late|mid-?)\\s+((?:19|20)\\d\\d)\\b(?!\\s*[-–]\\d)|(last|this|next)\\s+year\\b)");
    /** Text after a date that marks it as a dateline's: an agency in brackets, a slash, a dash. */
    private static final Pattern DATELINE_TAIL = Pattern.compile("^(?:,?\\s*\\d{4})?\\s*(?:[(/)—–:|]|-\\s|--)");

    /** How far either side of a date a dateline's line is read. */
    private static final int LINE_REACH = 200;

    private final String text;

    DateGrammar(String text) {
        this.text = text;
    }

    /** Date expressions within [from, to) of the text, in text order. */
    List<DateMention> find(int from, int to) {
        String s = text.substring(from, to);
        List<DateMention> all = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(s);
        while (m.find()) {
            calendar(all, from, m, m.group(1), m.group(2), m.group(3), m.group(4));
        }
        m = DAY_MONTH.matcher(s);
        while (m.find()) {
            calendar(all, from, m, m.group(1), m.group(3), m.group(2), m.group(4));
        }
        m = ISO.matcher(s);
        while (m.find()) {
            all.add(DateMention.of(from + m.start(), from + m.end(), m.group(), Kind.CALENDAR).on(
                    Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)), null));
        }
        m = WEEKDAY_NUMBERED.matcher(s);
        while (m.find()) {
            String mod = lower(m.group(1));
            all.add(DateMention.of(from + m.start(), from + m.end(), m.group(), Kind.WEEKDAY)
                    .on(null, m.group(4) == null ? null : Integer.valueOf(m.group(4)), Integer.valueOf(m.group(3)),
                            DateWords.weekday(m.group(2)))
                    .hints(mod.equals("next") || mod.equals("this"), mod.equals("last")));
        }
        m = WEEKDAY.matcher(s);
        while (m.find()) {
            String mod = lower(m.group(1));
            all.add(DateMention.of(from + m.start(), from + m.end(), m.group(), Kind.WEEKDAY)
                    .on(null, null, null, DateWords.weekday(m.group(2)))
                    .hints(mod.equals("next") || mod.equals("this"), mod.equals("last")));
        }
        m = MONTH_ONLY.matcher(s);
        while (m.find()) {
            String mon = m.group(1) != null ? m.group(1) : m.group(3);
            String yr = m.group(2) != null ? m.group(2) : m.group(4);
            String mod = m.group().toLowerCase(Locale.ROOT);
            all.add(DateMention.of(from + m.start(), from + m.end(), m.group(), Kind.MONTH)
                    .on(yr == null ? null : Integer.valueOf(yr), DateWords.month(mon), null, null)
                    .hints(mod.startsWith("next"), mod.startsWith("last")));
        }
        m = YEAR.matcher(s);
        while (m.find()) {
            DateMention d = DateMention.of(from + m.start(), from + m.end(), m.group(), Kind.YEAR)
                    .on(m.group(1) == null ? null : Integer.valueOf(m.group(1)), null, null, null);
            all.add(m.group(2) == null ? d : d.relativeTo(m.group(2).toLowerCase(Locale.ROOT) + " year"));
        }
        m = RELATIVE.matcher(s);
        while (m.find()) {
            String rel = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Integer dom = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            all.add(DateMention.of(from + m.start(), from + m.end(), m.group(), Kind.RELATIVE)
                    .on(null, null, dom, null).relativeTo(relativeKey(rel)).hints(rel.equals("tomorrow"), false));
        }
        m = ANAPHORIC.matcher(s);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            int offset = w.contains("that day") || w.contains("same day") ? 0
                    : w.contains("next") || w.contains("following") || w.contains("later") ? 1 : -1;
            all.add(DateMention.of(from + m.start(), from + m.end(), m.group(), Kind.ANAPHORIC).shifted(offset));
        }
        m = RANGE.matcher(s);
        while (m.find()) {
            DateMention r = range(from, m);
            if (r != null) {
                all.add(r);
            }
        }
        m = AGO.matcher(s);
        while (m.find()) {
            // a counted number of days back is a day of its own ("two days ago"); weeks, months, years back pin none
            Integer n = DateWords.count(m.group(1));
            boolean days = m.group(2).equalsIgnoreCase("day") && n != null;
            all.add(DateMention.of(from + m.start(), from + m.end(), m.group(), days ? Kind.RELATIVE : Kind.VAGUE)
                    .relativeTo(days ? n + " days ago" : m.group().toLowerCase(Locale.ROOT)).hints(false, true));
        }
        m = AHEAD.matcher(s);
        while (m.find()) {
            all.add(DateMention.of(from + m.start(), from + m.end(), m.group(), Kind.VAGUE)
                    .relativeTo(m.group().toLowerCase(Locale.ROOT)).hints(true, false));
        }
        m = VAGUE.matcher(s);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            all.add(DateMention.of(from + m.start(), from + m.end(), m.group(), Kind.VAGUE).relativeTo(w)
                    .hints(w.startsWith("next"), false));
        }
        // a timestamp ("6 March 2022, 7:56 pm") dates the page, not an event
        all.removeIf(d -> (d.kind() == Kind.CALENDAR || d.kind() == Kind.MONTH)
                && text.substring(d.end(), Math.min(text.length(), d.end() + 12)).matches("(?s)^[,\\s]*\\d{1,2}:\\d{2}.*"));
        // the crawl header " date YYYY-MM-DD " is the publication date, not an event's
        all.removeIf(d -> d.kind() == Kind.CALENDAR && text.substring(Math.max(0, d.start() - 6), d.start()).strip()
                .equalsIgnoreCase("date"));
        List<DateMention> out = new ArrayList<>();
        all.sort(Comparator.comparingInt((DateMention x) -> x.kind().ordinal()).thenComparing(x -> -(x.end() - x.start())));
        for (DateMention d : all) {
            if (out.stream().noneMatch(o -> d.start() < o.end() && o.start() < d.end())) {
                out.add(dateline(d) ? d.as(Kind.DATELINE) : d);
            }
        }
        out.sort(Comparator.comparingInt(DateMention::start));
        return out;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static void calendar(List<DateMention> all, int from, Matcher m, String weekday, String month, String day,
                                 String year) {
        int d = Integer.parseInt(day);
        if (d >= 1 && d <= 31) {
            all.add(DateMention.of(from + m.start(), from + m.end(), m.group(), Kind.CALENDAR)
                    .on(year == null ? null : Integer.valueOf(year), DateWords.month(month), d, DateWords.weekday(weekday)));
        }
    }

    /**
     * A span of days: its month and year where they are one (for a month's precision), else neither; null when the
     * words name no month or weekday ("from 3 to 5 percent").
     */
    private static DateMention range(int from, Matcher m) {
        Matcher months = MONTH_WORD.matcher(m.group());
        Integer month = null;
        boolean one = true;
        if (!months.find() && !WEEKDAY_WORD.matcher(m.group()).find()) {
            return null;
        }
        months.reset();
        while (months.find()) {
            Integer mo = DateWords.month(months.group(1));
            one &= month == null || month.equals(mo);
            month = mo;
        }
        Integer year = m.group(m.groupCount()) == null ? null : Integer.valueOf(m.group(m.groupCount()));
        return DateMention.of(from + m.start(), from + m.end(), m.group(), Kind.RANGE).on(year, one ? month : null, null, null);
    }

    /**
     * A dateline's date dates the report ("Addis Ababa, February 19/2020 (ENA) The chairperson on Tuesday held ...",
     * "New Delhi, March 2 The minister on Thursday met ..."): a place opens its line and the date follows it, or
     * an agency or dash follows the date, or the date stands alone on its line.
     */
    private boolean dateline(DateMention d) {
        if (d.kind() != Kind.CALENDAR) {
            return false;
        }
        // a dateline's place is short: look no further than a line's worth either side (texts without breaks are long)
        int lineStart = Math.max(text.lastIndexOf('\n', d.start() - 1) + 1, d.start() - LINE_REACH);
        int lineEnd = text.indexOf('\n', d.end());
        String prefix = text.substring(lineStart, d.start());
        String rest = text.substring(d.end(), lineEnd < 0 || lineEnd > d.end() + LINE_REACH
                ? Math.min(text.length(), d.end() + LINE_REACH) : lineEnd);
        if (!PublishedDate.placePrefix(prefix)) {
            return false;
        }
        if (!prefix.isBlank()) {
            return prefix.strip().endsWith(",") || DATELINE_TAIL.matcher(rest).find();
        }
        return DATELINE_TAIL.matcher(rest).find() || rest.isBlank();
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
}
