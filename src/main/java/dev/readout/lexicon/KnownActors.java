package dev.readout.lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actor dictionary ({@code actors.tsv}): well-known holders of national and international offices with their
 * tenures, as the event-data projects keep them (ICEWS, Phoenix). It answers one question for the people index: whom
 * does a person serve whom the article names without saying so ("Erdogan and Putin discussed ...")? The article's own
 * words always win; this is only asked about people it leaves without a state.
 * <p>
 * A name matches a holder when its words, each by the product's one transliteration key ({@link NameFold#key}:
 * "Zelenskiy" = "Zelensky", "Sergei" = "Sergey"), are the holder's full name or one of the listed short forms, or when
 * one is the other with middle names or initials left out ("Tayyip Erdogan", "Vladimir V. Putin").
 */
public final class KnownActors {

    /**
     * One tenure: a holder's state (ISO code, or XX/EU for international organisations) and office family; {@code start}
     * and {@code end} the periods the listed bounds name (a whole year, a month, or a day; {@code end} null while in
     * office).
     */
    public record Tenure(String name, String country, String family, Period start, Period end) {

        boolean covers(int year) {
            int from = start.first().getYear();
            int to = end == null ? OPEN : end.first().getYear();
            return year >= from - 1 && year <= to + 1; // a year's slack: most tenures are listed by year
        }

        /** Whether the holder may have held the office on some day from {@code first} to {@code last}. */
        boolean mayCover(LocalDate first, LocalDate last) {
            return !last.isBefore(start.first()) && (end == null || !first.isAfter(end.last()));
        }

        /**
         * Whether the holder held the office on every day from {@code first} to {@code last}, however the listed bounds
         * are read: after the latest day the start names, and up to the earliest day the end names; an open tenure is
         * known only up to the end of the data ({@link #KNOWN_UNTIL}).
         */
        boolean surelyCovers(LocalDate first, LocalDate last) {
            return !first.isBefore(start.last()) && !last.isAfter(end == null ? KNOWN_UNTIL : end.first());
        }
    }

    /** A bound as listed: the days it may mean ("2022" any day of 2022, "2022-12-30" that day). */
    public record Period(LocalDate first, LocalDate last) {

        static Period parse(String s) {
            String t = s.trim();
            if (t.length() == 4) {
                int y = Integer.parseInt(t);
                return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            if (t.length() == 7) {
                java.time.YearMonth m = java.time.YearMonth.parse(t);
                return new Period(m.atDay(1), m.atEndOfMonth());
            }
            LocalDate d = LocalDate.parse(t);
            return new Period(d, d);
        }
    }

    /** Open tenures ("still in office") are known to hold up to here, the end of the data. */
    static final LocalDate KNOWN_UNTIL = LocalDate.of(2025, 12, 31);

    /**
     * What the dictionary knows of a name on a day: the state, and the office family when it is unambiguous (LEADER
     * when the tenures that fit are all as head of state or government: "Putin", undated).
     */
    public record Known(String name, String country, String family) {
    }

    private static final KnownActors SHARED = new KnownActors();
    private static final int OPEN = 9999;

    /** keyed full names and short forms ({@link #keys}), to the tenures of everyone so called */
    private final Map<String, List<Tenure>> byForm = new HashMap<>();
    /** keyed last word, to the keyed full names and forms that end with it: the candidates for a subset match */
    private final Map<String, Set<String>> byLastWord = new HashMap<>();
    /** "CN FOREIGN" (state and office family) to every tenure of that office */
    private final Map<String, List<Tenure>> byOffice = new HashMap<>();

    private KnownActors() {
        for (String[] row : LexiconFile.rows("actors.tsv")) {
            String name = row[0].trim();
            Period start = Period.parse(row[4]);
            Period end = row.length > 5 && !row[5].isBlank() ? Period.parse(row[5]) : null;
            Tenure t = new Tenure(name, row[2].trim(), row[3].trim(), start, end);
            byOffice.computeIfAbsent(t.country() + " " + t.family(), k -> new ArrayList<>()).add(t);
            List<String> forms = new ArrayList<>();
            forms.add(name);
            if (!row[1].isBlank()) {
                forms.addAll(List.of(row[1].split("\\|")));
            }
            for (String f : forms) {
                List<String> w = keys(f);
                if (!w.isEmpty()) {
                    String key = String.join(" ", w);
                    byForm.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
                    byLastWord.computeIfAbsent(w.get(w.size() - 1), k -> new LinkedHashSet<>()).add(key);
                }
            }
        }
    }

    public static KnownActors shared() {
        return SHARED;
    }

    /**
     * What is known of a person named {@code names} (the spellings an article gives) on {@code day} (null when the
     * article's date is unknown): null when no holder matches, the matches disagree on the state, or the day falls
     * outside every tenure. The office is given when one tenure covers the day, or, undated, all tenures agree.
     */
    public Known lookup(Iterable<String> names, LocalDate day) {
        List<Tenure> tenures = new ArrayList<>();
        for (String n : names) {
            tenures.addAll(matches(n));
        }
        if (day != null) {
            tenures.removeIf(t -> !t.covers(day.getYear()));
        }
        if (tenures.isEmpty()) {
            return null;
        }
        Set<String> states = new LinkedHashSet<>(), families = new LinkedHashSet<>(), holders = new LinkedHashSet<>();
        for (Tenure t : tenures) {
            states.add(t.country());
            families.add(t.family());
            holders.add(t.name());
        }
        if (states.size() != 1) {
            return null;
        }
        String family = families.size() == 1 ? families.iterator().next()
                : Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT").containsAll(families) ? "LEADER" : null;
        return new Known(holders.size() == 1 ? holders.iterator().next() : null, states.iterator().next(), family);
    }

    /**
     * Who held the office ({@code family}, e.g. FOREIGN) of {@code country} on every day from {@code first} to
     * {@code last}: the one holder whose listed tenure surely covers those days, when no other holder's may. Null when
     * the dictionary lists no such office, nobody fits, or the role is ambiguous: two holders may fit (tenures listed by
     * year meet within their year, or a handover day), or the days reach past what the data knows. Then the role stays
     * a role.
     */
    public String holder(String country, String family, LocalDate first, LocalDate last) {
        if (country == null || family == null || first == null || last == null || last.isBefore(first)) {
            return null;
        }
        Set<String> may = new LinkedHashSet<>();
        Set<String> sure = new LinkedHashSet<>();
        for (Tenure t : byOffice.getOrDefault(country + " " + family, List.of())) {
            if (t.mayCover(first, last)) {
                may.add(t.name());
                if (t.surelyCovers(first, last)) {
                    sure.add(t.name());
                }
            }
        }
        return may.size() == 1 && sure.equals(may) ? sure.iterator().next() : null;
    }

    /** The transliteration keys of a name's words ("Volodymyr Zelenskiy" → [volodimir, zelensk]). */
    private static List<String> keys(String name) {
        return NameFold.words(name).stream().map(NameFold::key).toList();
    }

    private List<Tenure> matches(String name) {
        List<String> words = keys(name);
        List<Tenure> exact = byForm.get(String.join(" ", words));
        if (exact != null) {
            return exact;
        }
        if (words.size() < 2) {
            return List.of(); // one word matches only a listed short form
        }
        List<Tenure> out = new ArrayList<>();
        for (String form : byLastWord.getOrDefault(words.get(words.size() - 1), Set.of())) {
            List<String> fw = List.of(form.split(" "));
            if (fw.size() >= 2 && (dropsOnlyMiddle(fw, words) || dropsOnlyInitials(words, fw))) {
                out.addAll(byForm.get(form));
            }
        }
        return out;
    }

    /** {@code shorter} is {@code longer} with middle words left out: first or not, its last word kept ("Tayyip Erdogan"). */
    private static boolean dropsOnlyMiddle(List<String> longer, List<String> shorter) {
        if (shorter.size() < 2 || shorter.size() >= longer.size()) {
            return false;
        }
        int j = 0;
        for (String w : longer) {
            if (j < shorter.size() && w.equals(shorter.get(j))) {
                j++;
            }
        }
        return j == shorter.size();
    }

    /** {@code withInitials} is {@code full} with one-letter initials added ("Vladimir V. Putin"). */
    private static boolean dropsOnlyInitials(List<String> withInitials, List<String> full) {
        List<String> rest = withInitials.stream().filter(w -> w.length() > 1).toList();
        return rest.size() < withInitials.size() && rest.equals(full);
    }
}
