package dev.readout.extraction.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's publication date from its text when no header gives it, the way the corpus gold counts it, and
 * never guesses: a day, month and year must all be written. In order of trust:
 * <ol>
 * <li>{@link #dateline}: a dateline at the start of a line near the top, a place then the full date ("Washington
 * [US], February 24, 2022 (ANI)", "RIYADH, (… WAM - 02nd Apr, 2020)", "NEW YORK, United States of America, August 30,
 * 2016/APO/", "31 May 2021");</li>
 * <li>{@link #datelineWithStatedYear}: a dateline without a year ("BEIJING, June 7 (Xinhua)") whose day and month the
 * text also states with a year (a photo caption's "June 7, 2012");</li>
 * <li>{@link #stamp}: a page stamp above the article body (above a year-less dateline, it comes first): a short line holding a full date ("Posted at 1:23 PM,
 * Apr 29, 2022", "Updated: 2004-10-09 16:02", "Thu 02nd April 2020 | 12:15 PM", "POLITICS 16:54 / 21.12.2022",
 * "Date 23 Oktober 2014"). A clock with seconds ("01/22/2025 08:02:58 am") is the page's own clock at crawl time,
 * not a stamp; dates below the first paragraph of prose (captions, "Read full news" links, tweets) are not stamps.</li>
 * </ol>
 * A year-less dateline alone ("Moscow, May 31 (IANS)") gives no date.
 */
public final class PublishedDate {

    /** A publication date read, where it was read (character offset) and by which rule. */
    public record Reading(LocalDate date, int at, String rule) {
    }

    /** Datelines sit near the top; a date deep in the text is about something else. */
    static final int WINDOW = 1500;
    /** How far into the text a year-less dateline's day is looked for with a year (captions sit near the top). */
    private static final int STATED_YEAR_REACH = 20_000;

    private static final Pattern LINE = Pattern.compile("(?m)^.*$");
    /** A year-less dateline: place, day and month, then an agency, a dash or the body. */
    private static final Pattern YEARLESS = Pattern.compile("^[ \\t]*(.{0,60}?)\\b(?:" + DateWords.MONTH + "\\s+(\\d{1,2})|(\\d{1,2})\\s+"
            + DateWords.MONTH + ")\\b(?!,?\\s*\\d{4})\\s*(?:\\(|[-–—:/]|$)");
    private static final Pattern CLOCK_WITH_SECONDS = Pattern.compile("\\b\\d{1,2}:\\d{2}:\\d{2}\\b");
    /** Capitalised words that open prose, not a place: "On November 20, 2005, ..." is a sentence. */
    private static final Set<String> OPENERS = Set.of("on", "in", "at", "since", "from", "until", "by", "before", "after",
            "during", "last", "this", "next", "as", "for", "through", "between", "early", "late", "earlier", "later");
    /** Lower-case words a place may hold ("United States of America", "Bandar Seri Begawan", "Dar es Salaam"). */
    private static final Set<String> PLACE_CONNECTORS = Set.of("of", "de", "del", "da", "do", "al", "el", "es", "bin",
            "the", "and", "y", "la", "le");
    /** Lower-case words a stamp line may hold without being prose. */
    private static final Set<String> STAMP_WORDS = Set.of("am", "pm", "a.m.", "p.m.", "ago", "min", "mins", "minute",
            "minutes", "hour", "hours", "by", "at", "on", "updated", "posted", "published", "read", "views", "of", "last",
            "time", "gmt", "utc", "ist", "edt", "est");

    private PublishedDate() {
    }

    /** The publication date the text states, or null. */
    public static LocalDate read(String text) {
        Reading r = find(text);
        return r == null ? null : r.date();
    }

    /** The publication date the text states with where and how it was read, or null. */
    public static Reading find(String text) {
        String top = text.substring(0, Math.min(text.length(), WINDOW));
        Reading r = dateline(top);
        if (r != null) {
            return r;
        }
        Reading stamped = stamp(top);
        r = datelineWithStatedYear(top, text);
        if (r == null || stamped != null && stamped.at() < r.at()) {
            // a page stamp above a year-less dateline is the page's own full date ("08:27, June 08, 2012" over
            // "BEIJING, June 7 (Xinhua)"); the dateline's year is only borrowed from elsewhere in the text
            return stamped;
        }
        return r;
    }

    /**
     * A line near the top that opens a paragraph with a place and a full date, or with a full date and then the
     * agency or the body ("Jan. 18, 2022 (EIRNS)—"). A bare date on a line of its own is a stamp, read only above the
     * body ({@link #stamp}); a line that continues a sentence broken by the crawl (a caption's "March 21, 2006.") is
     * no dateline.
     */
    static Reading dateline(String top) {
        Matcher line = LINE.matcher(top);
        String previous = "";
        String previousText = "";
        while (line.find()) {
            String l = line.group();
            for (FullDates.Found f : FullDates.named(l)) {
                String prefix = l.substring(0, f.start());
                boolean placed = !prefix.isBlank() || !l.substring(f.end()).replaceAll("[\\s.,]", "").isEmpty()
                        || place(previousText);
                if (placed && placePrefix(prefix) && !clockWithSeconds(l) && !continues(previous)) {
                    return new Reading(f.date(), line.start() + f.start(), "dateline");
                }
            }
            previous = l;
            if (!l.isBlank()) {
                previousText = l;
            }
        }
        return null;
    }

    /** Whether a line runs on into the next: it ends in a lower-case word, as hard-wrapped prose does. */
    private static boolean continues(String line) {
        String[] words = line.strip().split("\\s+");
        String last = words[words.length - 1];
        return !last.isEmpty() && Character.isLowerCase(last.codePointAt(0));
    }

    /** A line that is only a place ("Bogor", "New York"): the first half of a dateline the crawl broke in two. */
    private static boolean place(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.split("\\s+").length <= 4 && placePrefix(t) && !t.matches(".*[.!?:]$");
    }

    /** A year-less dateline whose day and month the article also writes with a year. */
    static Reading datelineWithStatedYear(String top, String text) {
        Matcher line = LINE.matcher(top);
        while (line.find()) {
            Matcher m = YEARLESS.matcher(line.group());
            if (!m.find() || !placePrefix(m.group(1)) || m.group(1).isBlank()) {
                continue;
            }
            Integer month = DateWords.month(m.group(2) != null ? m.group(2) : m.group(5));
            int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
            LocalDate found = null;
            for (FullDates.Found f : FullDates.named(text.substring(0, Math.min(text.length(), STATED_YEAR_REACH)))) {
                if (month != null && f.date().getMonthValue() == month && f.date().getDayOfMonth() == day) {
                    if (found != null && !found.equals(f.date())) {
                        return null; // two years for the same day: not pinned
                    }
                    found = f.date();
                }
            }
            return found == null ? null : new Reading(found, line.start() + m.start(), "dateline, year stated in the text");
        }
        return null;
    }

    /** A short, non-prose line above the first paragraph of prose that holds a full date. */
    static Reading stamp(String top) {
        Matcher line = LINE.matcher(top);
        StringBuilder zone = new StringBuilder();
        int zoneEnd = 0;
        while (line.find()) {
            if (prose(line.group())) {
                break;
            }
            zoneEnd = line.end();
        }
        zone.append(top, 0, zoneEnd);
        // numeric stamps may be broken over lines by the crawl ("23" / "04, 2016")
        String joined = zone.toString().replace('\n', ' ').replace('\r', ' ');
        for (FullDates.Found f : FullDates.withNumeric(joined)) {
            int lineStart = top.lastIndexOf('\n', f.start()) + 1;
            int lineEnd = top.indexOf('\n', f.end());
            String around = top.substring(lineStart, lineEnd < 0 ? Math.min(top.length(), f.end() + 20) : lineEnd);
            if (!clockWithSeconds(around)) {
                return new Reading(f.date(), f.start(), "page stamp");
            }
        }
        return null;
    }

    private static boolean clockWithSeconds(String line) {
        return CLOCK_WITH_SECONDS.matcher(line).find();
    }

    /**
     * Whether text before a date on its line is a dateline's place (capitalised words, agency names, brackets,
     * commas and dashes, a weekday), not prose: no digits, no lower-case words but a place's connectors, and not a
     * sentence opener ("On", "Since").
     */
    static boolean placePrefix(String prefix) {
        if (prefix.length() > 100) {
            return false;
        }
        String[] words = prefix.strip().split("[\\s,]+");
        boolean first = true;
        for (String w : words) {
            String bare = w.replaceAll("^[(\\[\"“]+|[)\\]\"”.:]+$", "");
            if (bare.isEmpty() || bare.matches("[-–—/|:]+")) {
                continue;
            }
            if (bare.matches(".*\\d.*")) {
                return false;
            }
            String lower = bare.toLowerCase(Locale.ROOT);
            if (first && OPENERS.contains(lower)) {
                return false;
            }
            first = false;
            if (!Character.isUpperCase(bare.codePointAt(0)) && !PLACE_CONNECTORS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line of article prose: at least four lower-case words and either twelve words or more or a sentence's end. A
     * headline in title case, a byline, or a stamp is not prose; a photo caption is.
     */
    static boolean prose(String line) {
        String[] words = line.strip().split("\\s+");
        int count = 0;
        int lower = 0;
        for (String w : words) {
            if (!w.matches(".*[\\p{L}\\d].*")) {
                continue;
            }
            count++;
            if (Character.isLowerCase(w.codePointAt(0)) && !STAMP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                lower++;
            }
        }
        String t = line.strip();
        boolean ends = !t.isEmpty() && ".!?\"”’".indexOf(t.charAt(t.length() - 1)) >= 0;
        return lower >= 4 && (count >= 12 || ends);
    }
}
