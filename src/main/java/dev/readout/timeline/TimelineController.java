package dev.readout.timeline;

import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallService;
import dev.readout.call.CallStatus;
import dev.readout.graphql.SlowAnswers;
import dev.readout.statement.Statement;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * {@code timeline}: reads only the dates of matching items and buckets them here, since the embedded server has no
 * {@code $dateTrunc}; calls follow the whole filter, statements its dates and (as speakers) its participants.
 */
@Controller
public class TimelineController {

    private final MongoTemplate mongo;
    private final CallService calls;
    private final SlowAnswers slow;

    public TimelineController(MongoTemplate mongo, CallService calls, SlowAnswers slow) {
        this.mongo = mongo;
        this.calls = calls;
        this.slow = slow;
    }

    public record TimelineBucket(LocalDate start, int calls, int statements, List<MediumCount> callsByMedium,
                                 List<StatusCount> callsByStatus) {
    }

    public record MediumCount(CallMedium medium, int calls) {
    }

    public record StatusCount(CallStatus status, int calls) {
    }

    /** One period's counts while scanning: calls, statements, calls by medium and by status (enum ordinals). */
    private static final class Counts {
        int calls;
        int statements;
        final int[] media = new int[CallMedium.values().length];
        final int[] statuses = new int[CallStatus.values().length];
    }

    /** A large store's answers are kept a while (see {@link SlowAnswers}): every page view asks for the overview. */
    @QueryMapping
    public List<TimelineBucket> timeline(@Argument Granularity granularity, @Argument CallService.CallFilter filter) {
        return slow.get("timeline " + granularity + " " + CallService.CallFilter.key(filter),
                () -> compute(granularity, filter));
    }

    List<TimelineBucket> compute(Granularity granularity, CallService.CallFilter filter) {
        Map<LocalDate, Counts> buckets = new TreeMap<>();
        Criteria callCriteria = new Criteria().andOperator(calls.criteria(filter), where("date").ne(null));
        Query callQuery = Query.query(callCriteria);
        callQuery.fields().include("date", "medium", "status");
        for (Call c : mongo.find(callQuery, Call.class)) {
            Counts n = buckets.computeIfAbsent(granularity.start(c.date()), d -> new Counts());
            n.calls++;
            n.media[(c.medium() == null ? CallMedium.UNKNOWN : c.medium()).ordinal()]++;
            if (c.status() != null) {
                n.statuses[c.status().ordinal()]++;
            }
        }
        Query statementQuery = Query.query(statementCriteria(filter));
        statementQuery.fields().include("date");
        for (Statement s : mongo.find(statementQuery, Statement.class)) {
            buckets.computeIfAbsent(granularity.start(s.date()), d -> new Counts()).statements++;
        }
        List<TimelineBucket> out = new ArrayList<>();
        buckets.forEach((start, n) -> {
            List<MediumCount> media = new ArrayList<>();
            for (CallMedium m : CallMedium.values()) {
                if (n.media[m.ordinal()] > 0) {
                    media.add(new MediumCount(m, n.media[m.ordinal()]));
                }
            }
            List<StatusCount> statuses = new ArrayList<>();
            for (CallStatus st : CallStatus.values()) {
                if (n.statuses[st.ordinal()] > 0) {
                    statuses.add(new StatusCount(st, n.statuses[st.ordinal()]));
                }
            }
            out.add(new TimelineBucket(start, n.calls, n.statements, media, statuses));
        });
        return out;
    }

    private Criteria statementCriteria(CallService.CallFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        parts.add(where("date").ne(null));
        if (filter != null) {
            Criteria dates = CallService.dateRange("date", filter.from(), filter.to());
            if (dates != null) {
                parts.add(dates);
            }
            boolean byParticipants = (filter.participantIds() != null && !filter.participantIds().isEmpty())
                    || filter.participantName() != null || filter.country() != null;
            if (byParticipants) {
                // speakers who are participants matching the participant part of the filter
                CallService.CallFilter who = new CallService.CallFilter(filter.participantIds(),
                        filter.participantName(), filter.country(), null, null, null, null);
                parts.add(where("speakerId").in(calls.participantIdsMatching(who)));
            }
        }
        return new Criteria().andOperator(parts);
    }
}
