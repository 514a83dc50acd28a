package dev.readout.ingest;

import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.extraction.Evidence;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.Extraction;
import dev.readout.graphql.Mention;
import dev.readout.participant.NameKeys;
import dev.readout.participant.Participant;
import dev.readout.participant.Role;
import dev.readout.statement.Statement;
import dev.readout.statement.StatementChannel;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Stores one article's {@link Extraction} as participants, calls and statements, each fact with a mention back to the
 * article, sentence and offsets; and removes an article's mentions again before it is re-extracted.
 * <p>
 * Identity is deliberately simple here (issue 4 replaces it): a participant is the same case/accent-folded name of the
 * same kind; a call merges with a stored call only when both have the same participant set and the same known date;
 * a statement merges with one of the same speaker and the same folded text. Calls and statements are upserts keyed
 * by those identities and mentions are added as a set, so resolving the same extraction twice changes nothing.
 * Resolution is serialised in this JVM so that two articles reporting the same new event cannot both create it.
 */
@Component
public class Resolver {

    private final MongoTemplate mongo;

    public Resolver(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** What one article contributed, for tests and logs. */
    public record Resolved(List<String> callIds, List<String> statementIds) {
    }

    public synchronized Resolved resolve(String articleId, Extraction extraction, LocalDate publishedOn) {
        List<Call> calls = new ArrayList<>();
        for (ExtractedCall c : extraction.calls()) {
            Call call = resolveCall(articleId, c, publishedOn);
            if (call != null) {
                calls.add(call);
            }
        }
        List<String> statementIds = new ArrayList<>();
        for (ExtractedStatement s : extraction.statements()) {
            statementIds.add(resolveStatement(articleId, s, publishedOn, calls));
        }
        return new Resolved(calls.stream().map(Call::id).distinct().toList(), statementIds);
    }

    // --- participants ----------------------------------------------------------------------------------------------

    String participantId(ExtractedParticipant p, LocalDate seen) {
        String folded = NameKeys.fold(p.name());
        String identity = p.kind() + ":" + folded;
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(folded);
        for (String a : p.aliases()) {
            if (a != null && !a.isBlank() && !a.equals(p.name())) {
                aliases.add(a);
                keys.add(NameKeys.fold(a));
            }
        }
        Update update = new Update()
                .setOnInsert("name", p.name())
                .setOnInsert("kind", p.kind())
                .setOnInsert("identityKey", identity)
                .setOnInsert("sortKey", folded);
        update.addToSet("nameKeys").each(keys.toArray());
        if (!aliases.isEmpty()) {
            update.addToSet("aliases").each(aliases.toArray());
        }
        Participant stored = mongo.findAndModify(query(where("identityKey").is(identity)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Participant.class);
        Objects.requireNonNull(stored, "upsert returns the document");

        Update more = new Update();
        boolean changed = false;
        if (stored.country() == null && p.country() != null) {
            more.set("country", p.country());
            changed = true;
        }
        if (p.title() != null && !p.title().isBlank()) {
            List<Role> roles = new ArrayList<>(stored.roles());
            boolean found = false;
            for (int i = 0; i < roles.size(); i++) {
                Role r = roles.get(i);
                if (r.title().equalsIgnoreCase(p.title()) && Objects.equals(r.organization(), p.organization())) {
                    found = true;
                    roles.set(i, new Role(r.title(), r.organization(), r.country() != null ? r.country() : p.country(),
                            min(r.firstSeen(), seen), max(r.lastSeen(), seen)));
                }
            }
            if (!found) {
                roles.add(new Role(p.title(), p.organization(), p.country(), seen, seen));
            }
            if (!roles.equals(stored.roles())) {
                more.set("roles", roles);
                changed = true;
            }
        }
        if (changed) {
            mongo.updateFirst(query(where("_id").is(stored.id())), more, Participant.class);
        }
        return stored.id();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    // --- calls -----------------------------------------------------------------------------------------------------

    private Call resolveCall(String articleId, ExtractedCall c, LocalDate publishedOn) {
        LocalDate seen = c.date() != null ? c.date() : publishedOn;
        TreeSet<String> ids = new TreeSet<>();
        for (ExtractedParticipant p : c.participants()) {
            if (p != null && p.name() != null && !NameKeys.fold(p.name()).isEmpty()) {
                ids.add(participantId(p, seen));
            }
        }
        if (ids.isEmpty()) {
            return null;
        }
        List<String> participantIds = List.copyOf(ids);
        String participantKey = String.join(",", participantIds);
        List<Mention> mentions = mentions(articleId, c.evidence());
        // the schema promises these; an extractor that leaves one out gets the "don't know" value
        DatePrecision precision = c.date() == null ? DatePrecision.UNKNOWN
                : c.datePrecision() == null || c.datePrecision() == DatePrecision.UNKNOWN ? DatePrecision.DAY
                : c.datePrecision();
        CallMedium medium = c.medium() == null ? CallMedium.UNKNOWN : c.medium();
        CallStatus status = c.status() == null ? CallStatus.HELD : c.status();
        if (c.date() == null) {
            // without a known date two reports cannot be told to be the same event: a call of its own
            return mongo.insert(new Call(null, participantIds, participantKey, null, precision, c.dateText(),
                    medium, status, mentions, null));
        }
        Update update = new Update()
                .setOnInsert("participantIds", participantIds)
                .setOnInsert("participantKey", participantKey)
                .setOnInsert("date", c.date())
                .setOnInsert("datePrecision", precision)
                .setOnInsert("dateText", c.dateText())
                .setOnInsert("medium", medium)
                .setOnInsert("status", status);
        update.addToSet("mentions").each(mentions.toArray());
        Call call = mongo.findAndModify(query(where("participantKey").is(participantKey).and("date").is(c.date())),
                update, FindAndModifyOptions.options().upsert(true).returnNew(true), Call.class);
        Objects.requireNonNull(call, "upsert returns the document");
        if (call.medium() == CallMedium.UNKNOWN && medium != CallMedium.UNKNOWN) {
            // a later report that says how they spoke refines "spoke with"
            mongo.updateFirst(query(where("_id").is(call.id())), Update.update("medium", medium), Call.class);
        }
        return call;
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

    // --- statements ------------------------------------------------------------------------------------------------

    private String resolveStatement(String articleId, ExtractedStatement s, LocalDate publishedOn, List<Call> calls) {
        LocalDate seen = s.date() != null ? s.date() : publishedOn;
        String speakerId = s.speaker() == null || s.speaker().name() == null ? null : participantId(s.speaker(), seen);
        String speakerKey = speakerId != null ? speakerId : "text:" + NameKeys.fold(s.speakerText());
        String textKey = NameKeys.fold(s.text());
        Mention mention = new Mention(articleId, s.sentence(), s.start(), s.end());
        Update update = new Update()
                .setOnInsert("text", s.text())
                .setOnInsert("textKey", textKey)
                .setOnInsert("speakerKey", speakerKey)
                .setOnInsert("speakerText", s.speakerText() == null ? "" : s.speakerText())
                .setOnInsert("channel", s.channel() == null ? StatementChannel.OTHER : s.channel())
                .setOnInsert("date", s.date());
        if (speakerId != null) {
            update.setOnInsert("speakerId", speakerId);
        }
        String callId = callOf(speakerId, s.date(), calls);
        if (callId != null) {
            update.setOnInsert("callId", callId);
        }
        update.addToSet("mentions", mention);
        Statement st = mongo.findAndModify(query(where("speakerKey").is(speakerKey).and("textKey").is(textKey)),
                update, FindAndModifyOptions.options().upsert(true).returnNew(true), Statement.class);
        return Objects.requireNonNull(st, "upsert returns the document").id();
    }

    /** The one call of this article the speaker took part in on a compatible date, else null. */
    private static String callOf(String speakerId, LocalDate date, List<Call> calls) {
        if (speakerId == null) {
            return null;
        }
        Set<String> candidates = new HashSet<>();
        for (Call c : calls) {
            if (c.participantIds().contains(speakerId)
                    && (date == null || c.date() == null || date.equals(c.date()))) {
                candidates.add(c.id());
            }
        }
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    // --- forgetting an article -------------------------------------------------------------------------------------

    /**
     * Removes the article's mentions from calls and statements, deletes calls and statements left with no mention
     * and participants left in no call and no statement, and unlinks statements from deleted calls.
     */
    public synchronized void forget(String articleId) {
        Criteria mentioned = where("mentions.articleId").is(articleId);
        Set<String> touchedParticipants = new HashSet<>();
        List<String> deletedCalls = new ArrayList<>();
        for (Call c : mongo.find(query(mentioned), Call.class)) {
            touchedParticipants.addAll(c.participantIds());
            List<Mention> kept = c.mentions().stream().filter(m -> !articleId.equals(m.articleId())).toList();
            if (kept.isEmpty()) {
                mongo.remove(query(where("_id").is(c.id())), Call.class);
                deletedCalls.add(c.id());
            } else {
                mongo.updateFirst(query(where("_id").is(c.id())), Update.update("mentions", kept), Call.class);
            }
        }
        for (Statement s : mongo.find(query(mentioned), Statement.class)) {
            if (s.speakerId() != null) {
                touchedParticipants.add(s.speakerId());
            }
            List<Mention> kept = s.mentions().stream().filter(m -> !articleId.equals(m.articleId())).toList();
            if (kept.isEmpty()) {
                mongo.remove(query(where("_id").is(s.id())), Statement.class);
            } else {
                mongo.updateFirst(query(where("_id").is(s.id())), Update.update("mentions", kept), Statement.class);
            }
        }
        if (!deletedCalls.isEmpty()) {
            mongo.updateMulti(query(where("callId").in(deletedCalls)), new Update().unset("callId"), Statement.class);
        }
        for (String p : touchedParticipants) {
            boolean used = mongo.exists(query(where("participantIds").is(p)), Call.class)
                    || mongo.exists(query(where("speakerId").is(p)), Statement.class);
            if (!used) {
                mongo.remove(query(where("_id").is(p)), Participant.class);
            }
        }
    }
}
