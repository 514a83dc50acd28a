package dev.readout.statement;

import dev.readout.call.Call;
import dev.readout.call.CallService;
import dev.readout.graphql.DateOrder;
import dev.readout.graphql.Keyset;
import dev.readout.graphql.PageArgs;
import dev.readout.graphql.PageConnection;
import dev.readout.participant.NameKeys;
import dev.readout.participant.Participant;
import dev.readout.participant.ParticipantService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Reads statements: filtered keyset pages and the batch loads behind nested fields. */
@Service
public class StatementService {

    public static final Keyset<Statement> ORDER = Keyset.byDateDesc("date", Statement::date, Statement::id);
    public static final Keyset<Statement> OLDEST_FIRST = Keyset.byDateAsc("date", Statement::date, Statement::id);

    private final MongoTemplate mongo;
    private final ParticipantService participants;
    private final CallService calls;

    public StatementService(MongoTemplate mongo, ParticipantService participants, CallService calls) {
        this.mongo = mongo;
        this.participants = participants;
        this.calls = calls;
    }

    public record StatementFilter(List<String> speakerIds, String speakerName, String text, LocalDate from,
                                 LocalDate to, List<StatementChannel> channel) {
    }

    public PageConnection<Statement> page(StatementFilter filter, PageArgs args) {
        return page(filter, args, null);
    }

    public PageConnection<Statement> page(StatementFilter filter, PageArgs args, DateOrder order) {
        return (DateOrder.ascending(order) ? OLDEST_FIRST : ORDER).page(mongo, criteria(filter), Statement.class,
                args);
    }

    /** The filter as MongoDB criteria (GraphQL pages and exports share it). */
    public Criteria criteria(StatementFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter != null) {
            if (filter.speakerIds() != null && !filter.speakerIds().isEmpty()) {
                parts.add(where("speakerId").in(participants.existingIds(filter.speakerIds())));
            }
            List<String> named = participants.idsMatchingName(filter.speakerName());
            if (named != null) {
                parts.add(where("speakerId").in(named));
            }
            String text = NameKeys.fold(filter.text());
            if (!text.isEmpty()) {
                // folded text holds only letters, digits and spaces: safe as a regex
                parts.add(where("textKey").regex(text));
            }
            Criteria dates = CallService.dateRange("date", filter.from(), filter.to());
            if (dates != null) {
                parts.add(dates);
            }
            if (filter.channel() != null && !filter.channel().isEmpty()) {
                parts.add(where("channel").in(filter.channel().stream().map(Enum::name).toList()));
            }
        }
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }

    /** Speakers by statement; statements without a resolved speaker are left out (the field is then null). */
    public Map<Statement, Participant> speakersOf(List<Statement> statements) {
        Map<String, Participant> byId = participants.byIds(
                statements.stream().map(Statement::speakerId).filter(Objects::nonNull).distinct().toList());
        Map<Statement, Participant> out = new HashMap<>();
        for (Statement s : statements) {
            if (s.speakerId() != null && byId.containsKey(s.speakerId())) {
                out.put(s, byId.get(s.speakerId()));
            }
        }
        return out;
    }

    /** Calls by statement; statements tied to no call are left out (the field is then null). */
    public Map<Statement, Call> callsOf(List<Statement> statements) {
        Map<String, Call> byId = calls.byIds(
                statements.stream().map(Statement::callId).filter(Objects::nonNull).distinct().toList());
        Map<Statement, Call> out = new HashMap<>();
        for (Statement s : statements) {
            if (s.callId() != null && byId.containsKey(s.callId())) {
                out.put(s, byId.get(s.callId()));
            }
        }
        return out;
    }
}
