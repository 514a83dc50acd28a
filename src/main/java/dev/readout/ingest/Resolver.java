package dev.readout.ingest;

import dev.readout.call.CallResolver;
import dev.readout.call.Passages;
import dev.readout.mongo.Leases;
import org.springframework.data.mongodb.core.MongoTemplate;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import dev.readout.call.StoredCallReport;
import dev.readout.extraction.Evidence;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.Extraction;
import dev.readout.article.Mention;
import dev.readout.participant.NameKeys;
import dev.readout.participant.NameMatcher;
import dev.readout.participant.ParticipantResolver;
import dev.readout.participant.PersonName;
import dev.readout.participant.RoleHolders;
import dev.readout.participant.Sighting;
import dev.readout.statement.QuotationMatcher;
import dev.readout.statement.StatementResolver;
import dev.readout.statement.StoredStatementReport;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Collection;
import java.util.Set;

/**
 * Stores one article's {@link Extraction} and merges it with what other articles reported: participants
 * ({@link ParticipantResolver}), calls ({@link CallResolver}) and statements ({@link StatementResolver}).
 *
 * <p>What an article contributes is kept per article (participant sightings, call reports, quotation reports); the
 * participants, calls and statements served are derived from those by order-independent groupings, re-run over
 * whatever an article touches. So resolving an article again replaces its contributions (re-ingesting changes
 * nothing), {@link #forget} is resolving an empty extraction, and the stored records do not depend on the order
 * articles arrived in.
 *
 * <p>Every id it writes is a function of content ({@link dev.readout.mongo.StableIds}), and each resolution runs
 * holding the MongoDB lease {@value #LEASE} ({@link Leases}): a resolution reads what other articles contributed
 * and then writes what follows, and MongoDB itself keeps a second resolution, in this process or in another Readout
 * process on the same database, from reading between those steps. Threads of one process queue on a local lock
 * first, so only one of them at a time asks MongoDB for the lease.
 */
@Component
public class Resolver {

    /** The lease every resolution holds: what one article touches is known only once it has been read. */
    public static final String LEASE = "resolution";

    private final ParticipantResolver participants;
    private final CallResolver calls;
    private final StatementResolver statements;
    private final Leases leases;
    private final ReentrantLock local = new ReentrantLock(true);

    public Resolver(ParticipantResolver participants, CallResolver calls, StatementResolver statements, Leases leases) {
        this.participants = participants;
        this.calls = calls;
        this.statements = statements;
        this.leases = leases;
    }

    /** A resolver over {@code mongo} with the service's defaults, for tools and tests that run without Spring. */
    public static Resolver on(MongoTemplate mongo) {
        return new Resolver(new ParticipantResolver(mongo), new CallResolver(mongo), new StatementResolver(mongo),
                new Leases(mongo, Duration.ofSeconds(30), Duration.ofSeconds(120)));
    }

    /** What one article contributed, for tests and logs. */
    public record Resolved(List<String> callIds, List<String> statementIds) {
    }

    public Resolved resolve(String articleId, Extraction extraction, LocalDate publishedOn) {
        return exclusively(() -> resolveHeld(articleId, extraction, publishedOn));
    }

    /** Runs {@code work} alone: after this process's other resolutions, holding the MongoDB lease. */
    public <T> T exclusively(Supplier<T> work) {
        local.lock();
        try {
            return leases.holding(LEASE, work);
        } finally {
            local.unlock();
        }
    }

    private Resolved resolveHeld(String articleId, Extraction extraction, LocalDate publishedOn) {
        // 1. the article's participants, one sighting per distinct participant of the article
        // a role the article never names ("?foreign minister of China") is its office's holder on the call's days
        // when the actor dictionary knows exactly one (RoleHolders); else it stays a role, a participant of this article
        Local local = new Local(articleId);
        List<List<ExtractedParticipant>> callParties = new ArrayList<>();
        for (ExtractedCall c : extraction.calls()) {
            LocalDate seen = c.date() != null ? c.date() : publishedOn;
            LocalDate[] days = days(c, publishedOn);
            List<ExtractedParticipant> parties = c.participants().stream()
                    .map(p -> RoleHolders.resolve(p, days[0], days[1])).toList();
            callParties.add(parties);
            parties.forEach(p -> local.ref(p, seen));
        }
        List<ExtractedParticipant> speakers = new ArrayList<>();
        for (ExtractedStatement s : extraction.statements()) {
            LocalDate day = s.date() != null ? s.date() : publishedOn;
            ExtractedParticipant speaker = RoleHolders.resolve(s.speaker(), day, day);
            speakers.add(speaker);
            local.ref(speaker, day);
        }
        ParticipantResolver.Outcome who = participants.replace(articleId, local.sightings());

        // 2. call reports, then the calls of every participant set touched
        List<Long> passages = List.copyOf(Passages.of(extraction.statements().stream().map(ExtractedStatement::text)
                .filter(t -> t != null).toList()));
        List<StoredCallReport> callReports = new ArrayList<>();
        List<List<String>> callRefs = new ArrayList<>();
        for (int i = 0; i < extraction.calls().size(); i++) {
            ExtractedCall c = extraction.calls().get(i);
            TreeSet<String> refs = new TreeSet<>();
            callParties.get(i).forEach(p -> {
                String r = local.refOf(p);
                if (r != null) {
                    refs.add(r);
                }
            });
            callRefs.add(List.copyOf(refs));
            if (refs.isEmpty()) {
                continue;
            }
            List<String> ids = List.copyOf(new TreeSet<>(refs.stream().map(who.owners()::get).toList()));
            callReports.add(new StoredCallReport(articleId + "#" + i, articleId, i, List.copyOf(refs), ids,
                    String.join(",", ids), c.date(), c.datePrecision(), c.dateText(), c.medium(), c.status(),
                    publishedOn, mentions(articleId, c.evidence()), passages, null, c.first()));
        }
        CallResolver.Outcome merged = calls.replace(articleId, callReports, who.moved());

        // 3. quotation reports, then the statements they touch; then statements whose call changed
        List<StoredStatementReport> quoteReports = new ArrayList<>();
        for (int i = 0; i < extraction.statements().size(); i++) {
            ExtractedStatement s = extraction.statements().get(i);
            ExtractedParticipant speaker = speakers.get(i);
            String ref = local.refOf(speaker);
            String key;
            if (ref == null) {
                key = "t:" + NameKeys.fold(s.speakerText());
            } else if (NameMatcher.isAnonymous(speaker.name())) {
                key = "a:" + PersonName.folded(speaker.name()).replaceFirst("^(a|an|the) ", "");
            } else {
                key = who.owners().get(ref);
            }
            quoteReports.add(new StoredStatementReport(articleId + "#s" + i, articleId, i, ref, key,
                    s.speakerText() == null ? "" : s.speakerText(), s.text(), s.channel(), s.date(), s.start(), s.end(),
                    s.sentence(), List.copyOf(QuotationMatcher.shingles(s.text())),
                    callReportOf(articleId, ref, s.date(), extraction.calls(), callRefs), null));
        }
        List<String> statementIds = statements.replace(articleId, quoteReports, who.moved());
        statements.relink(merged.callOfReport().keySet(), merged.deleted());

        List<String> callIds = callReports.stream().map(r -> merged.callOfReport().get(r.id())).distinct().toList();
        return new Resolved(callIds, statementIds);
    }

    /**
     * Runs {@code decide} (a user's identity decision written to the store), then re-decides the participants it
     * concerns and everything that follows from them: their calls and statements. All under the lease, so no
     * resolution reads between the decision and its consequences. Returns the participants now holding the sightings
     * that {@code participantIds} held.
     */
    public Set<String> regroup(Collection<String> participantIds, Runnable decide) {
        return exclusively(() -> {
            List<String> refs = participants.sightingsOf(participantIds);
            decide.run();
            ParticipantResolver.Outcome who = participants.regroup(participantIds);
            CallResolver.Outcome merged = calls.replace(null, List.of(), who.moved());
            statements.replace(null, List.of(), who.moved());
            statements.relink(merged.callOfReport().keySet(), merged.deleted());
            return participants.ownersOf(refs);
        });
    }

    /**
     * Removes what the article contributed: its sightings, call and quotation reports; participants, calls and
     * statements are regrouped from what other articles reported, and deleted where nothing is left.
     */
    public void forget(String articleId) {
        resolve(articleId, dev.readout.extraction.Extraction.empty(), null);
    }

    /**
     * The days a call's roles are read on: its day, or the month or year its date gives, else the article's publication
     * day; {null, null} when neither is known (a role is then not read as anyone).
     */
    private static LocalDate[] days(ExtractedCall c, LocalDate publishedOn) {
        LocalDate d = c.date();
        if (d == null || c.datePrecision() == null) {
            return new LocalDate[]{publishedOn, publishedOn};
        }
        return switch (c.datePrecision()) {
            case DAY -> new LocalDate[]{d, d};
            case MONTH -> new LocalDate[]{d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth())};
            case YEAR -> new LocalDate[]{d.withDayOfYear(1), d.withDayOfYear(d.lengthOfYear())};
            case UNKNOWN -> new LocalDate[]{publishedOn, publishedOn};
        };
    }

    /** The one call of this article the speaker took part in on a compatible date, else null. */
    private static String callReportOf(String articleId, String speakerRef, LocalDate date, List<ExtractedCall> calls,
                                       List<List<String>> refs) {
        if (speakerRef == null) {
            return null;
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            LocalDate d = calls.get(i).date();
            if (refs.get(i).contains(speakerRef) && (date == null || d == null || date.equals(d))) {
                hits.add(i);
            }
        }
        return hits.size() == 1 ? articleId + "#" + hits.get(0) : null;
    }

    private static List<Mention> mentions(String articleId, List<Evidence> evidence) {
        List<Mention> out = new ArrayList<>();
        for (Evidence e : evidence) {
            Mention m = new Mention(articleId, e.sentence(), e.start(), e.end());
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The article's distinct participants (same kind and folded name), each with the dates it is seen on. */
    private static final class Local {
        private final String articleId;
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final List<ExtractedParticipant> merged = new ArrayList<>();
        private final Map<Integer, LocalDate[]> seen = new HashMap<>();

        Local(String articleId) {
            this.articleId = articleId;
        }

        private static String key(ExtractedParticipant p) {
            return p.kind() + ":" + NameKeys.fold(p.name());
        }

        private static boolean usable(ExtractedParticipant p) {
            return p != null && p.name() != null && p.kind() != null && !NameKeys.fold(p.name()).isEmpty();
        }

        void ref(ExtractedParticipant p, LocalDate date) {
            if (!usable(p)) {
                return;
            }
            Integer i = index.get(key(p));
            if (i == null) {
                i = merged.size();
                index.put(key(p), i);
                merged.add(p);
                seen.put(i, new LocalDate[]{date, date});
            } else {
                // the same participant again in this article: aliases add up, the first role and country given stay
                ExtractedParticipant m = merged.get(i);
                List<String> aliases = new ArrayList<>(m.aliases());
                p.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
                if (!p.name().equals(m.name()) && !aliases.contains(p.name())) {
                    aliases.add(p.name());
                }
                merged.set(i, new ExtractedParticipant(m.name(), m.kind(), m.title() != null ? m.title() : p.title(),
                        m.organization() != null ? m.organization() : p.organization(),
                        m.country() != null ? m.country() : p.country(), aliases));
                LocalDate[] s = seen.get(i);
                if (date != null) {
                    s[0] = s[0] == null || date.isBefore(s[0]) ? date : s[0];
                    s[1] = s[1] == null || date.isAfter(s[1]) ? date : s[1];
                }
            }
        }

        String refOf(ExtractedParticipant p) {
            if (!usable(p)) {
                return null;
            }
            Integer i = index.get(key(p));
            return i == null ? null : articleId + "#p" + i;
        }

        List<Sighting> sightings() {
            List<Sighting> out = new ArrayList<>();
            for (int i = 0; i < merged.size(); i++) {
                out.add(ParticipantResolver.sighting(articleId, i, merged.get(i), seen.get(i)[0], seen.get(i)[1]));
            }
            return out;
        }
    }
}
