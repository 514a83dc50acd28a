package dev.readout.timeline;

import dev.readout.call.Call;
import dev.readout.call.CallService;
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

    public TimelineController(MongoTemplate mongo, CallService calls) {
        this.mongo = mongo;
        this.calls = calls;
    }

    public record TimelineBucket(LocalDate start, int calls, int statements) {
    }

    @QueryMapping
    public List<TimelineBucket> timeline(@Argument Granularity granularity, @Argument CallService.CallFilter filter) {
        Map<LocalDate, int[]> buckets = new TreeMap<>();
        Criteria callCriteria = new Criteria().andOperator(calls.criteria(filter), where("date").ne(null));
        Query callQuery = Query.query(callCriteria);
        callQuery.fields().include("date");
        for (Call c : mongo.find(callQuery, Call.class)) {
            buckets.computeIfAbsent(granularity.start(c.date()), d -> new int[2])[0]++;
        }
        Query statementQuery = Query.query(statementCriteria(filter));
        statementQuery.fields().include("date");
        for (Statement s : mongo.find(statementQuery, Statement.class)) {
            buckets.computeIfAbsent(granularity.start(s.date()), d -> new int[2])[1]++;
        }
        List<TimelineBucket> out = new ArrayList<>();
        buckets.forEach((start, n) -> out.add(new TimelineBucket(start, n[0], n[1])));
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
