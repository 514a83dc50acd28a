package dev.readout.call;

import dev.readout.extraction.ExtractedCall;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which reports of calls, from different articles, are the same real call.
 *
 * <p>Merging is defined on the <em>set</em> of reports with the same participants and status ({@link #merge}); the
 * result does not depend on the order in which they arrive. A store that receives reports one by one re-runs
 * {@link #merge} over the reports of that participant set and rewrites what changed ({@link #sameCall} is a
 * convenience for the common case).
 *
 * <p>Rules:
 * <ol>
 * <li>Never two reports of one article: the extractor already decided they are different events.</li>
 * <li>Different status (held / attempted / planned) or different participants: never.</li>
 * <li>Reports with a day: same day → same call, unless their media are both known and differ (met in the morning,
 * phoned at night); a report of unknown medium joins the one medium known that day, else stays apart.</li>
 * <li>A report without a day is placed in time by its date words and its article's publication date: with no other
 * words, a held call happened 0–{@value #WINDOW_DAYS} days before publication (a planned one 0–{@value #PLANNED_WINDOW_DAYS}
 * days after); "on Tuesday" is the last Tuesday up to publication; "Feb 10" with no year the last Feb 10;
 * "N days ago", "yesterday", "today" the day itself. Without a publication date only the weekday and month-day
 * words remain (the report cannot be placed in a year).</li>
 * <li>Such a report joins the one dated call whose day its constraints admit and whose medium does not conflict;
 * with two or more it is ambiguous and stays apart; with no words and no publication date it never merges.</li>
 * <li>Reports whose articles quote the same passage ({@link #LINKING_PASSAGES} shared ten-word runs: one story,
 * retold or copied) are <em>linked</em>. A report that fits several dated calls joins the one it is linked to; a
 * report with no date at all joins the one dated call it is linked to. Two reports that both tell the parties' first
 * contact of one medium ("their first face-to-face meeting") are linked too: a pair has one first meeting.</li>
 * <li>Reports left without a dated call that all tell the first contact of one medium are that one event, when every
 * pair of them comes from different articles and their dates do not exclude each other.</li>
 * <li>Reports left without a dated call merge with each other when their possible days lie within
 * {@value #WINDOW_DAYS} days of each other (one of them must be placed in time), or when they are linked and their date
 * words say the same ("on Saturday" and "Saturday"); media must not conflict, and the group must be unambiguous: every pair in it compatible and
 * no article twice; otherwise only pairs that are each other's only match merge.</li>
 * </ol>
 * Calls whose known days differ are never merged. The merged call takes the most precise date that every one of its
 * reports agrees with ({@link MergedCall#dateFrom} names the reports that give it) and the most specific medium.
 */
public final class CallMerger {

    /** A held call reported without a day happened at most this many days before its article's publication. */
    public static final int WINDOW_DAYS = 3;
    /** A planned call reported without a day happens at most this many days after its article's publication. */
    public static final int PLANNED_WINDOW_DAYS = 14;
    /** Ten-word runs of quoted text two articles must share to be one story (boilerplate shares at most one). */
    public static final int LINKING_PASSAGES = 2;

    /**
     * One article's report of one call, participants already resolved to ids.
     *
     * @param reportId  unique and stable, e.g. articleId + "#" + index; orders the output
     * @param published the article's publication date, or null
     * @param passages  fingerprints of the article's quoted ten-word runs ({@link Passages}), to tell one story
     * @param first     told as the parties' first contact of its kind ("their first face-to-face meeting")
     */
    public record CallReport(String reportId, String articleId, Set<String> participantIds, LocalDate date,
                             DatePrecision precision, String dateText, CallMedium medium, CallStatus status,
                             LocalDate published, Set<Long> passages, boolean first) {
        public CallReport {
            participantIds = Set.copyOf(participantIds);
            medium = medium == null ? CallMedium.UNKNOWN : medium;
            status = status == null ? CallStatus.HELD : status;
            precision = precision == null || date == null ? DatePrecision.UNKNOWN : precision;
            passages = passages == null ? Set.of() : Set.copyOf(passages);
        }

        /** A report whose article quotes nothing. */
        public CallReport(String reportId, String articleId, Set<String> participantIds, LocalDate date,
                          DatePrecision precision, String dateText, CallMedium medium, CallStatus status,
                          LocalDate published) {
            this(reportId, articleId, participantIds, date, precision, dateText, medium, status, published, Set.of(), false);
        }

        /** A report not told as the parties' first contact. */
        public CallReport(String reportId, String articleId, Set<String> participantIds, LocalDate date,
                          DatePrecision precision, String dateText, CallMedium medium, CallStatus status,
                          LocalDate published, Set<Long> passages) {
            this(reportId, articleId, participantIds, date, precision, dateText, medium, status, published, passages, false);
        }

        /** The report of one extracted call; {@code index} is its place in the article's extraction. */
        public static CallReport of(String articleId, int index, ExtractedCall call, Set<String> participantIds,
                                    LocalDate published) {
            return new CallReport(articleId + "#" + index, articleId, participantIds, call.date(), call.datePrecision(),
                    call.dateText(), call.medium(), call.status(), published, Set.of(), call.first());
        }

        boolean hasDay() {
            return precision == DatePrecision.DAY && date != null;
        }
    }

    /**
     * One real call and the reports of it.
     *
     * @param dateFrom the ids of the reports that give its date themselves (the others agree with it or say nothing)
     */
    public record MergedCall(SortedSet<String> participantIds, LocalDate date, DatePrecision precision, String dateText,
                             CallMedium medium, CallStatus status, List<CallReport> reports, List<String> dateFrom) {
    }

    /** A call already stored with the reports merged into it. */
    public record KnownCall(String id, List<CallReport> reports) {
    }

    private CallMerger() {
    }

    /**
     * Groups reports into real calls. The same set in any order gives the same calls, reports sorted by id; a report
     * id given twice counts once.
     */
    public static List<MergedCall> merge(Collection<CallReport> reports) {
        // the same report given twice (an article ingested again) counts once: the smallest by content wins
        Map<String, CallReport> unique = new TreeMap<>();
        for (CallReport r : reports) {
            unique.merge(r.reportId(), r, (a, b) -> a.toString().compareTo(b.toString()) <= 0 ? a : b);
        }
        Map<String, List<CallReport>> groups = new TreeMap<>();
        for (CallReport r : unique.values()) {
            groups.computeIfAbsent(new TreeSet<>(r.participantIds()) + "|" + r.status(), k -> new ArrayList<>()).add(r);
        }
        List<MergedCall> out = new ArrayList<>();
        for (List<CallReport> g : groups.values()) {
            g.sort(Comparator.comparing(CallReport::reportId));
            for (List<CallReport> cluster : cluster(g)) {
                out.add(summarize(cluster));
            }
        }
        out.sort(Comparator.comparing((MergedCall c) -> c.date() == null ? LocalDate.MAX : c.date())
                .thenComparing(c -> c.reports().get(0).reportId()));
        return out;
    }

    /**
     * The stored call that a new report belongs to, by re-running {@link #merge} over the stored reports and the new
     * one: the call holding most of the reports that end up with the new one (ties: smallest id), or empty for a new call.
     * When {@link #merge} would also regroup the stored reports, the caller should rewrite them from {@link #merge}.
     */
    public static Optional<String> sameCall(CallReport report, Collection<KnownCall> existing) {
        Map<String, String> owner = new HashMap<>();
        List<CallReport> all = new ArrayList<>();
        for (KnownCall k : existing) {
            for (CallReport r : k.reports()) {
                owner.put(r.reportId(), k.id());
                all.add(r);
            }
        }
        all.add(report);
        for (MergedCall c : merge(all)) {
            if (c.reports().contains(report)) {
                Map<String, Integer> votes = new TreeMap<>();
                c.reports().stream().map(r -> owner.get(r.reportId())).filter(o -> o != null)
                        .forEach(o -> votes.merge(o, 1, Integer::sum));
                return votes.entrySet().stream()
                        .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                        .map(Map.Entry::getKey);
            }
        }
        return Optional.empty();
    }

    /** Whether two media can describe one call: equal, or unknown on one side. */
    static boolean mediaAgree(CallMedium a, CallMedium b) {
        return a == CallMedium.UNKNOWN || b == CallMedium.UNKNOWN || a == b;
    }

    /** Clusters of one participant set and status; input sorted by report id. */
    static List<List<CallReport>> cluster(List<CallReport> reports) {
        Map<CallReport, CallMergerDates> dates = new HashMap<>();
        reports.forEach(r -> dates.put(r, CallMergerDates.of(r)));

        // 1. reports with a day: by day, then by medium
        List<List<CallReport>> anchors = new ArrayList<>();
        Map<LocalDate, List<CallReport>> byDay = new TreeMap<>();
        List<CallReport> undated = new ArrayList<>();
        for (CallReport r : reports) {
            if (r.hasDay()) {
                byDay.computeIfAbsent(r.date(), k -> new ArrayList<>()).add(r);
            } else {
                undated.add(r);
            }
        }
        for (List<CallReport> day : byDay.values()) {
            Map<CallMedium, List<CallReport>> byMedium = new TreeMap<>();
            List<CallReport> unknown = new ArrayList<>();
            for (CallReport r : day) {
                if (r.medium() == CallMedium.UNKNOWN) {
                    unknown.add(r);
                } else {
                    byMedium.computeIfAbsent(r.medium(), k -> new ArrayList<>()).add(r);
                }
            }
            List<List<CallReport>> buckets = new ArrayList<>(byMedium.values());
            if (byMedium.size() == 1) {
                buckets.get(0).addAll(unknown);
            } else if (byMedium.isEmpty()) {
                buckets.add(unknown);
            } else {
                unknown.forEach(r -> buckets.add(new ArrayList<>(List.of(r)))); // which one? ambiguous: apart
            }
            for (List<CallReport> b : buckets) {
                if (distinctArticles(b)) {
                    anchors.add(b);
                } else {
                    b.forEach(r -> anchors.add(new ArrayList<>(List.of(r)))); // two such calls that day: cannot tell
                }
            }
        }

        // 2. reports without a day join the one dated call they fit
        Map<Integer, List<CallReport>> joining = new HashMap<>(); // anchor index → reports joining it
        List<CallReport> left = new ArrayList<>();
        for (CallReport r : undated) {
            CallMergerDates d = dates.get(r);
            List<Integer> fits = new ArrayList<>();
            for (int i = 0; i < anchors.size(); i++) {
                List<CallReport> a = anchors.get(i);
                CallReport first = a.get(0);
                if (d.admits(first.date()) && mediaAgree(r.medium(), medium(a))
                        && a.stream().noneMatch(x -> x.articleId().equals(r.articleId()))) {
                    fits.add(i);
                }
            }
            // without any date words a report joins only the call of its story (measured: joining the one dated call
            // of the same people instead put v055's Brdo summit on the G8 day and v037's Bali meeting on Jakarta's);
            // among several calls its date words admit, the one of its story decides
            List<Integer> linked = fits.stream().filter(i -> anchors.get(i).stream().anyMatch(x -> linked(x, r) || bothFirst(x, r))).toList();
            if (!d.constrained() || (fits.size() > 1 && linked.size() == 1)) {
                fits = linked;
            }
            if (fits.size() == 1) {
                joining.computeIfAbsent(fits.get(0), k -> new ArrayList<>()).add(r);
            } else {
                left.add(r);
            }
        }
        List<List<CallReport>> clusters = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            List<CallReport> a = anchors.get(i);
            List<CallReport> joiners = new ArrayList<>(joining.getOrDefault(i, List.of()));
            // two reports of one article fitting the same call: the article says they are two events; neither joins
            Map<String, Integer> perArticle = new HashMap<>();
            joiners.forEach(r -> perArticle.merge(r.articleId(), 1, Integer::sum));
            List<CallReport> refused = new ArrayList<>(joiners.stream().filter(r -> perArticle.get(r.articleId()) > 1).toList());
            joiners.removeAll(refused);
            // joiners may not bring two different media into a call whose own reports leave it unknown
            if (medium(a) == CallMedium.UNKNOWN
                    && joiners.stream().map(CallReport::medium).filter(m -> m != CallMedium.UNKNOWN).distinct().count() > 1) {
                List<CallReport> known = joiners.stream().filter(r -> r.medium() != CallMedium.UNKNOWN).toList();
                refused.addAll(known);
                joiners.removeAll(known);
            }
            left.addAll(refused);
            List<CallReport> c = new ArrayList<>(a);
            c.addAll(joiners);
            clusters.add(c);
        }

        // 3. reports left that all tell the parties' first contact of one medium are that one event, when every pair of
        // them agrees (different articles, dates not excluding each other); other matches cannot split them
        left.sort(Comparator.comparing(CallReport::reportId));
        Map<CallMedium, List<CallReport>> firsts = new TreeMap<>();
        left.stream().filter(r -> r.first() && r.medium() != CallMedium.UNKNOWN)
                .forEach(r -> firsts.computeIfAbsent(r.medium(), k -> new ArrayList<>()).add(r));
        for (List<CallReport> f : firsts.values()) {
            boolean agree = f.size() >= 2 && f.stream().allMatch(a -> f.stream()
                    .allMatch(b -> a == b || firstMatch(a, b, dates.get(a), dates.get(b))));
            if (agree) {
                clusters.add(new ArrayList<>(f));
                left.removeAll(f);
            }
        }

        // 4. the rest merge among themselves when they pin each other down and the group is unambiguous
        Map<CallReport, Set<CallReport>> edges = new HashMap<>();
        left.forEach(r -> edges.put(r, new HashSet<>()));
        for (int i = 0; i < left.size(); i++) {
            for (int j = i + 1; j < left.size(); j++) {
                CallReport a = left.get(i), b = left.get(j);
                if (looseMatch(a, b, dates.get(a), dates.get(b)) || linkedMatch(a, b, dates.get(a), dates.get(b))) {
                    edges.get(a).add(b);
                    edges.get(b).add(a);
                }
            }
        }
        Set<CallReport> seen = new HashSet<>();
        for (CallReport r : left) {
            if (!seen.add(r)) {
                continue;
            }
            List<CallReport> comp = new ArrayList<>(List.of(r));
            for (int k = 0; k < comp.size(); k++) {
                for (CallReport n : edges.get(comp.get(k))) {
                    if (seen.add(n)) {
                        comp.add(n);
                    }
                }
            }
            comp.sort(Comparator.comparing(CallReport::reportId));
            boolean clique = comp.stream().allMatch(x -> edges.get(x).size() == comp.size() - 1);
            boolean oneMedium = comp.stream().map(CallReport::medium).filter(m -> m != CallMedium.UNKNOWN).distinct().count() <= 1;
            if (comp.size() == 1 || (clique && oneMedium && distinctArticles(comp))) {
                clusters.add(comp);
            } else {
                Set<CallReport> paired = new HashSet<>();
                for (CallReport x : comp) {
                    if (paired.contains(x)) {
                        continue;
                    }
                    if (edges.get(x).size() == 1) {
                        CallReport y = edges.get(x).iterator().next();
                        if (edges.get(y).size() == 1) {
                            clusters.add(new ArrayList<>(List.of(x, y)));
                            paired.add(x);
                            paired.add(y);
                            continue;
                        }
                    }
                    clusters.add(new ArrayList<>(List.of(x)));
                    paired.add(x);
                }
            }
        }
        clusters.forEach(c -> c.sort(Comparator.comparing(CallReport::reportId)));
        return clusters;
    }

    /** Two reports without a dated call to join: placed in time together to within a few days, nothing contradicting. */
    static boolean looseMatch(CallReport a, CallReport b, CallMergerDates da, CallMergerDates db) {
        if (a.articleId().equals(b.articleId()) || !mediaAgree(a.medium(), b.medium())) {
            return false;
        }
        if (!da.constrained() || !db.constrained()) {
            return false;
        }
        // placed in time together: the days both allow lie within a few days of each other (not "a Sunday in April")
        List<LocalDate> common = da.common(db);
        return !common.isEmpty() && !common.get(common.size() - 1).isAfter(common.get(0).plusDays(WINDOW_DAYS));
    }

    /** Two reports whose articles tell one story, their media agreeing and their date words saying the same. */
    static boolean linkedMatch(CallReport a, CallReport b, CallMergerDates da, CallMergerDates db) {
        return !a.articleId().equals(b.articleId()) && mediaAgree(a.medium(), b.medium()) && linked(a, b)
                && da.agrees(db);
    }

    /**
     * Two reports that both tell the parties' first contact of one medium ("their first face-to-face meeting", "his
     * first summit with X"): a pair has one first meeting, so they are one event, unless their dates exclude each other.
     */
    static boolean firstMatch(CallReport a, CallReport b, CallMergerDates da, CallMergerDates db) {
        return bothFirst(a, b) && da.compatible(db);
    }

    /** Whether both tell the first contact of one known medium, in different articles. */
    static boolean bothFirst(CallReport a, CallReport b) {
        return a.first() && b.first() && !a.articleId().equals(b.articleId()) && a.medium() == b.medium()
                && a.medium() != CallMedium.UNKNOWN;
    }

    /** Whether the two reports' articles quote at least {@link #LINKING_PASSAGES} of the same ten-word runs. */
    static boolean linked(CallReport a, CallReport b) {
        if (a.passages().size() < LINKING_PASSAGES || b.passages().size() < LINKING_PASSAGES
                || a.articleId().equals(b.articleId())) {
            return false;
        }
        Set<Long> small = a.passages().size() <= b.passages().size() ? a.passages() : b.passages();
        Set<Long> large = small == a.passages() ? b.passages() : a.passages();
        return small.stream().filter(large::contains).limit(LINKING_PASSAGES).count() == LINKING_PASSAGES;
    }

    private static boolean distinctArticles(List<CallReport> rs) {
        return rs.stream().map(CallReport::articleId).distinct().count() == rs.size();
    }

    private static CallMedium medium(List<CallReport> rs) {
        return rs.stream().map(CallReport::medium).filter(m -> m != CallMedium.UNKNOWN).findFirst().orElse(CallMedium.UNKNOWN);
    }

    /**
     * The call of a cluster: the most precise date every report agrees with. A dated report's day is agreed with by
     * construction; a month or year given by some report is kept only when every report admits a day in it.
     */
    private static MergedCall summarize(List<CallReport> c) {
        Map<CallReport, CallMergerDates> dates = new HashMap<>();
        c.forEach(r -> dates.put(r, CallMergerDates.of(r)));
        CallReport best = c.stream()
                .filter(r -> r.precision() != DatePrecision.UNKNOWN && agreed(r, c, dates))
                .min(Comparator.comparingInt((CallReport r) -> r.precision().ordinal()).thenComparing(CallReport::reportId))
                .orElse(null);
        DatePrecision precision = best == null ? DatePrecision.UNKNOWN : best.precision();
        LocalDate date = best == null ? null : best.date();
        // the words of the reports that give the date, else of any; the longest, then alphabetical: report ids are
        // made of article ids, which must not decide content
        Comparator<String> fullest = Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());
        String dateText = c.stream().filter(r -> r.precision() == precision).map(CallReport::dateText)
                .filter(t -> t != null).min(fullest)
                .orElse(c.stream().map(CallReport::dateText).filter(t -> t != null).min(fullest).orElse(null));
        List<String> dateFrom = best == null ? List.of() : c.stream()
                .filter(r -> r.precision() == precision && date.equals(r.date())).map(CallReport::reportId).toList();
        return new MergedCall(new TreeSet<>(c.get(0).participantIds()), date, precision, dateText, medium(c),
                c.get(0).status(), List.copyOf(c), dateFrom);
    }

    /** Whether every report of the cluster admits a day of {@code r}'s date at its precision. */
    private static boolean agreed(CallReport r, List<CallReport> c, Map<CallReport, CallMergerDates> dates) {
        CallMergerDates period = dates.get(r);
        return c.stream().allMatch(o -> o == r || !dates.get(o).common(period).isEmpty()
                || (!dates.get(o).bounded() && dates.get(o).compatible(period)));
    }
}
