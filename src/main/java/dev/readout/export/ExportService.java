package dev.readout.export;

import dev.readout.article.Article;
import dev.readout.call.Call;
import dev.readout.call.CallCodings;
import dev.readout.call.CallService;
import dev.readout.call.CameoCoder;
import dev.readout.call.CameoCodes;
import dev.readout.graphql.GlobalId;
import dev.readout.mongo.InProcessFinds;
import dev.readout.article.Mention;
import dev.readout.participant.Participant;
import dev.readout.participant.ParticipantService;
import dev.readout.participant.Role;
import dev.readout.statement.Statement;
import dev.readout.statement.StatementCameo;
import dev.readout.statement.StatementService;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Streams exports: the filtered collection read in {@code _id} order, a page of {@value #CHUNK} documents a command;
 * per page one query each for the articles and statements the rows refer to, and the participants from the
 * participant cache (never a lookup per row), then one output row per document, written as it is made. Memory holds
 * one page and the export's tables of the articles and (calls export) participants it has referred to (at most
 * {@value #ARTICLE_REFS} and {@value #PARTICIPANT_REFS}), whatever the size of the export.
 * <p>
 * On the embedded server the calls export's pages and lookups are answered in this process
 * ({@code mongo/InProcessFinds}), not over the wire; the rows are the same bytes either way.
 */
public class ExportService {

    /** Documents per chunk: one lookup of referenced documents per chunk. */
    static final int CHUNK = 1000;

    public enum Format { NDJSON, CSV }

    /** A prepared export: filters checked and resolved, rows not yet read. */
    public interface Export {
        void writeTo(OutputStream out);
    }

    static final List<String> CALL_COLUMNS = List.of("id", "date", "date_precision", "date_text", "medium", "status",
            "cameo_code", "cameo_label", "goldstein", "plover_category", "plover_mode", "cameo_source_id",
            "cameo_target_id", "participant_count", "participant_ids", "participant_names", "participant_countries",
            "mention_count", "article_ids", "urls", "evidence");
    static final List<String> STATEMENT_COLUMNS = List.of("id", "date", "channel", "speaker_id", "speaker_name",
            "speaker_country", "speaker_text", "text", "call_id", "cameo_code", "cameo_label", "goldstein",
            "mention_count", "article_ids", "urls");
    static final List<String> PARTICIPANT_COLUMNS = List.of("id", "name", "kind", "country", "aliases", "roles");
    static final List<String> ARTICLE_COLUMNS = List.of("id", "url", "title", "source", "published_on",
            "ingested_at", "content_hash", "extraction_status", "extraction_version", "text");

    static final String JOIN = "; ";

    /** The fields of an article that the rows citing it read. */
    static final String[] ARTICLE_REF_FIELDS = {"url", "title", "source", "publishedOn"};

    /** The fields of a call that its export row and its CAMEO coding ({@code CallCodings.coding}) read. */
    static final String[] CALL_ROW_FIELDS = {"participantIds", "date", "datePrecision", "dateText", "medium", "status",
            "mentions", "cameoCode"};

    private final MongoTemplate mongo;
    /** Finds answered by the embedded server in this process; null over the wire (a MongoDB of its own). */
    private final InProcessFinds.Reader local;
    private final CallService calls;
    private final StatementService statements;
    private final ParticipantService participants;
    private final JsonMapper json;
    /** Calls and cited articles read from their documents, not by Spring's mapping. */
    private final RawCalls raw;
    /** At most this many articles one export remembers (about 300 bytes each); past it its table starts over. */
    static final int ARTICLE_REFS = 200_000;
    /** At most this many participants one export remembers (about 1 KB each); past it its table starts over. */
    static final int PARTICIPANT_REFS = 50_000;

    public ExportService(MongoTemplate mongo, CallService calls, StatementService statements,
                         ParticipantService participants) {
        this(mongo, null, calls, statements, participants);
    }

    /**
     * With {@code local}, the finds of the calls export (calls, their articles and statement ids) are answered by the
     * embedded server in this process ({@link InProcessFinds}): the same rows, without each document being encoded
     * for the wire and decoded again. {@code local} must read the store {@code mongo} is a client of.
     */
    public ExportService(MongoTemplate mongo, InProcessFinds local, CallService calls, StatementService statements,
                         ParticipantService participants) {
        this.mongo = mongo;
        this.local = local == null ? null : local.reader(mongo);
        this.calls = calls;
        this.statements = statements;
        this.participants = participants;
        this.json = RowWriter.ndjsonMapper();
        this.raw = new RawCalls(mongo.getConverter().getConversionService());
    }

    // --- entry points ------------------------------------------------------------------------------------------------

    public Export calls(CallService.CallFilter filter, Format format) {
        Criteria q = calls.criteria(filter);
        return out -> {
            try (RowWriter w = writer(out, format, CALL_COLUMNS)) {
                ExportTable<Article> seen = new ExportTable<>(ARTICLE_REFS); // this export's articles, read once each
                ExportTable<Participant> people = new ExportTable<>(PARTICIPANT_REFS); // and its participants
                // only what the rows read: not dateMentions (most calls carry a copy of their first mention there,
                // sentence and all, for the server to encode and the driver and Spring to decode again) nor
                // participantKey
                chunks(q, query -> documents(query, Call.COLLECTION).stream()
                        .map(raw::read).toList(), Call::id, chunk -> callRows(chunk, format, w, seen, people),
                        CALL_ROW_FIELDS);
            }
        };
    }

    public Export statements(StatementService.StatementFilter filter, Format format) {
        Criteria q = statements.criteria(filter);
        return out -> {
            try (RowWriter w = writer(out, format, STATEMENT_COLUMNS)) {
                ExportTable<Article> seen = new ExportTable<>(ARTICLE_REFS);
                chunks(q, Statement.class, Statement::id, chunk -> statementRows(chunk, format, w, seen));
            }
        };
    }

    public Export participants(ParticipantService.ParticipantFilter filter, Format format) {
        Criteria q = participants.criteria(filter);
        return out -> {
            try (RowWriter w = writer(out, format, PARTICIPANT_COLUMNS)) {
                chunks(q, Participant.class, Participant::id, chunk -> chunk.forEach(p -> {
                    if (format == Format.CSV) {
                        w.write(participantCsv(p));
                    } else {
                        w.write(g -> participantJson(g, p, true));
                    }
                }));
            }
        };
    }

    public Export articles(LocalDate from, LocalDate to, Format format) {
        Criteria dates = CallService.dateRange("publishedOn", from, to);
        Criteria q = dates == null ? new Criteria() : dates;
        return out -> {
            try (RowWriter w = writer(out, format, ARTICLE_COLUMNS)) {
                chunks(q, Article.class, Article::id, chunk -> chunk.forEach(a -> w.write(format == Format.CSV
                        ? articleCsv(a) : articleJson(a))));
            }
        };
    }

    /** Streams every call matching the filter, chunk by chunk (the network export aggregates over them). */
    public void eachCall(CallService.CallFilter filter, Consumer<List<Call>> chunk) {
        chunks(calls.criteria(filter), Call.class, Call::id, chunk, "participantIds", "date");
    }

    public Map<String, Participant> participantsById(Collection<String> ids) {
        return participants.byIds(ids);
    }

    private RowWriter writer(OutputStream out, Format format, List<String> columns) {
        return format == Format.CSV ? RowWriter.csv(out, columns) : RowWriter.ndjson(out, json);
    }

    /**
     * Every document matching {@code filter}, in {@code _id} order, handed on {@value #CHUNK} at a time: page after
     * page of {@code filter and _id > last, sort _id, limit CHUNK}, one command each. MongoDB walks its {@code _id}
     * index for each; the embedded server walks its documents in key order from {@code last}
     * ({@code mongo/OrderedH2Collection}). Neither sorts or holds more than a page, whatever the size of the export,
     * and no cursor stays open between pages. A document written during the export appears in it if its id lies
     * ahead, as on a MongoDB cursor.
     */
    private <T> void chunks(Criteria filter, Class<T> type, Function<T, String> id, Consumer<List<T>> each,
                            String... fields) {
        chunks(filter, q -> mongo.find(q, type), id, each, fields);
    }

    /**
     * What {@code mongo.find(q, org.bson.Document.class, collection)} gives: in this process when the embedded server
     * can answer the query so, else over the wire.
     */
    private List<org.bson.Document> documents(Query q, String collection) {
        List<org.bson.Document> found = local == null ? null : local.find(q, org.bson.Document.class, collection);
        return found != null ? found : mongo.find(q, org.bson.Document.class, collection);
    }

    /** As above, each page read by {@code find}. */
    private <T> void chunks(Criteria filter, Function<Query, List<T>> find, Function<T, String> id,
                            Consumer<List<T>> each, String... fields) {
        boolean unfiltered = filter.getCriteriaObject().isEmpty();
        String last = null;
        while (true) {
            Criteria c = last == null ? filter : unfiltered ? where("_id").gt(new ObjectId(last))
                    : new Criteria().andOperator(filter, where("_id").gt(new ObjectId(last)));
            Query q = query(c).with(Sort.by(Sort.Direction.ASC, "_id")).limit(CHUNK);
            if (fields.length > 0) {
                q.fields().include(fields);
            }
            List<T> chunk = find.apply(q);
            if (chunk.isEmpty()) {
                return;
            }
            each.accept(chunk);
            if (chunk.size() < CHUNK) {
                return;
            }
            last = id.apply(chunk.get(chunk.size() - 1));
        }
    }

    // --- calls -------------------------------------------------------------------------------------------------------

    private void callRows(List<Call> chunk, Format format, RowWriter w, ExportTable<Article> seen,
                          ExportTable<Participant> known) {
        Set<String> pids = new LinkedHashSet<>();
        chunk.forEach(c -> pids.addAll(c.participantIds()));
        Map<String, Participant> people = known.get(pids, participants::byIds);
        Map<String, Article> articles = articleRefs(chunk.stream().flatMap(c -> c.mentions().stream()).toList(), seen);
        Map<String, List<String>> statementIds = statementIdsByCall(chunk.stream().map(Call::id).toList());
        for (Call c : chunk) {
            List<Participant> ps = new ArrayList<>(c.participantIds().size());
            for (String id : c.participantIds()) {
                Participant p = people.get(id);
                if (p != null) {
                    ps.add(p);
                }
            }
            CameoCoder.Coding coding = CallCodings.coding(c, ps);
            if (format == Format.CSV) {
                w.write(callCsv(c, ps, coding, articles));
            } else {
                List<String> ids = statementIds.getOrDefault(c.id(), List.of());
                w.write(g -> callJson(g, c, ps, coding, articles, ids));
            }
        }
    }

    /**
     * A call's NDJSON object, written straight to the generator (JSON rows are written so, not as maps: the maps and
     * the serializer's lookups for each of their values were a fifth of the calls export's CPU).
     */
    private static void callJson(JsonGenerator g, Call c, List<Participant> ps, CameoCoder.Coding coding,
                                 Map<String, Article> articles, List<String> statementIds) {
        g.writeStartObject();
        g.writeStringProperty("id", GlobalId.of("Call", c.id()));
        g.writeStringProperty("date", str(c.date()));
        g.writeStringProperty("datePrecision", str(c.datePrecision()));
        g.writeStringProperty("dateText", c.dateText());
        g.writeStringProperty("medium", str(c.medium()));
        g.writeStringProperty("status", str(c.status()));
        g.writeStringProperty("cameoCode", coding.cameoCode());
        g.writeStringProperty("cameoLabel", coding.label());
        number(g, "goldstein", coding.goldstein());
        g.writeName("plover");
        if (coding.ploverCategory() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringProperty("category", coding.ploverCategory());
            g.writeStringProperty("mode", coding.ploverMode());
            g.writeEndObject();
        }
        g.writeStringProperty("cameoSourceId", participantId(coding.sourceId()));
        g.writeStringProperty("cameoTargetId", participantId(coding.targetId()));
        g.writeName("participants");
        g.writeStartArray();
        for (Participant p : ps) {
            participantJson(g, p, true);
        }
        g.writeEndArray();
        mentionsJson(g, c.mentions(), articles);
        g.writeName("statementIds");
        g.writeStartArray();
        for (String id : statementIds) {
            g.writeString(GlobalId.of("Statement", id));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private Map<String, Object> callCsv(Call c, List<Participant> ps, CameoCoder.Coding coding,
                                        Map<String, Article> articles) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", GlobalId.of("Call", c.id()));
        row.put("date", str(c.date()));
        row.put("date_precision", str(c.datePrecision()));
        row.put("date_text", c.dateText());
        row.put("medium", str(c.medium()));
        row.put("status", str(c.status()));
        row.put("cameo_code", coding.cameoCode());
        row.put("cameo_label", coding.label());
        row.put("goldstein", coding.goldstein());
        row.put("plover_category", coding.ploverCategory());
        row.put("plover_mode", coding.ploverMode());
        row.put("cameo_source_id", participantId(coding.sourceId()));
        row.put("cameo_target_id", participantId(coding.targetId()));
        row.put("participant_count", ps.size());
        row.put("participant_ids", join(ps.stream().map(p -> GlobalId.of("Participant", p.id())).toList()));
        row.put("participant_names", join(ps.stream().map(Participant::name).toList()));
        row.put("participant_countries", join(ps.stream().map(p -> p.country() == null ? "" : p.country()).toList()));
        mentionColumns(row, c.mentions(), articles);
        row.put("evidence", c.mentions().isEmpty() ? null : c.mentions().get(0).sentence());
        return row;
    }

    // --- statements --------------------------------------------------------------------------------------------------

    private void statementRows(List<Statement> chunk, Format format, RowWriter w, ExportTable<Article> seen) {
        Map<String, Participant> speakers = participants.byIds(
                chunk.stream().map(Statement::speakerId).filter(Objects::nonNull).distinct().toList());
        Map<String, Article> articles = articleRefs(chunk.stream().flatMap(s -> s.mentions().stream()).toList(), seen);
        for (Statement s : chunk) {
            Participant speaker = s.speakerId() == null ? null : speakers.get(s.speakerId());
            String code = StatementCameo.code(s);
            CameoCodes.Code c = CameoCodes.of(code);
            if (format == Format.CSV) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", GlobalId.of("Statement", s.id()));
                row.put("date", str(s.date()));
                row.put("channel", str(s.channel()));
                row.put("speaker_id", speaker == null ? null : GlobalId.of("Participant", speaker.id()));
                row.put("speaker_name", speaker == null ? null : speaker.name());
                row.put("speaker_country", speaker == null ? null : speaker.country());
                row.put("speaker_text", s.speakerText());
                row.put("text", s.text());
                row.put("call_id", s.callId() == null ? null : GlobalId.of("Call", s.callId()));
                row.put("cameo_code", code);
                row.put("cameo_label", c == null ? null : c.label());
                row.put("goldstein", c == null ? null : c.goldstein());
                mentionColumns(row, s.mentions(), articles);
                w.write(row);
            } else {
                w.write(g -> {
                    g.writeStartObject();
                    g.writeStringProperty("id", GlobalId.of("Statement", s.id()));
                    g.writeStringProperty("text", s.text());
                    g.writeName("speaker");
                    if (speaker == null) {
                        g.writeNull();
                    } else {
                        participantJson(g, speaker, false);
                    }
                    g.writeStringProperty("speakerText", s.speakerText());
                    g.writeStringProperty("channel", str(s.channel()));
                    g.writeStringProperty("date", str(s.date()));
                    g.writeStringProperty("callId", s.callId() == null ? null : GlobalId.of("Call", s.callId()));
                    g.writeStringProperty("cameoCode", code);
                    g.writeStringProperty("cameoLabel", c == null ? null : c.label());
                    number(g, "goldstein", c == null ? null : c.goldstein());
                    mentionsJson(g, s.mentions(), articles);
                    g.writeEndObject();
                });
            }
        }
    }

    // --- participants and articles -----------------------------------------------------------------------------------

    private static void participantJson(JsonGenerator g, Participant p, boolean full) {
        g.writeStartObject();
        g.writeStringProperty("id", GlobalId.of("Participant", p.id()));
        g.writeStringProperty("name", p.name());
        g.writeStringProperty("kind", str(p.kind()));
        g.writeStringProperty("country", p.country());
        if (full) {
            g.writeName("aliases");
            strings(g, p.aliases());
            g.writeName("roles");
            if (p.roles() == null) {
                g.writeNull();
            } else {
                g.writeStartArray();
                for (Role r : p.roles()) {
                    g.writeStartObject();
                    g.writeStringProperty("title", r.title());
                    g.writeStringProperty("organization", r.organization());
                    g.writeStringProperty("country", r.country());
                    g.writeStringProperty("firstSeen", str(r.firstSeen()));
                    g.writeStringProperty("lastSeen", str(r.lastSeen()));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    private static Map<String, Object> participantCsv(Participant p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", GlobalId.of("Participant", p.id()));
        row.put("name", p.name());
        row.put("kind", str(p.kind()));
        row.put("country", p.country());
        row.put("aliases", join(p.aliases()));
        row.put("roles", join(p.roles().stream().map(r -> r.title()
                + (r.organization() == null ? "" : ", " + r.organization())
                + (r.country() == null ? "" : " (" + r.country() + ")")).toList()));
        return row;
    }

    private static Map<String, Object> articleJson(Article a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", GlobalId.of("Article", a.id()));
        row.put("url", a.url());
        row.put("title", a.title());
        row.put("source", a.source());
        row.put("publishedOn", str(a.publishedOn()));
        row.put("ingestedAt", str(a.ingestedAt()));
        row.put("contentHash", a.contentHash());
        if (a.extraction() == null) {
            row.put("extraction", null);
        } else {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("status", str(a.extraction().status()));
            x.put("version", a.extraction().version());
            x.put("error", a.extraction().error());
            x.put("tookMs", a.extraction().tookMs());
            row.put("extraction", x);
        }
        row.put("text", a.text());
        return row;
    }

    private static Map<String, Object> articleCsv(Article a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", GlobalId.of("Article", a.id()));
        row.put("url", a.url());
        row.put("title", a.title());
        row.put("source", a.source());
        row.put("published_on", str(a.publishedOn()));
        row.put("ingested_at", str(a.ingestedAt()));
        row.put("content_hash", a.contentHash());
        row.put("extraction_status", a.extraction() == null ? null : str(a.extraction().status()));
        row.put("extraction_version", a.extraction() == null ? null : a.extraction().version());
        row.put("text", a.text());
        return row;
    }

    // --- provenance --------------------------------------------------------------------------------------------------

    /**
     * The articles of these mentions, without their texts: from the export's table ({@link ExportTable}) where it holds
     * them, the rest in one query.
     */
    private Map<String, Article> articleRefs(List<Mention> mentions, ExportTable<Article> seen) {
        return seen.get(mentions.stream().map(Mention::articleId).toList(), missing -> {
            // the ids as Spring maps them for the Article entity, whose String id is stored as an ObjectId when it is one
            Query q = query(where("_id").in(missing.stream().map(id -> ObjectId.isValid(id) ? new ObjectId(id) : id)
                    .toList()));
            q.fields().include(ARTICLE_REF_FIELDS);
            Map<String, Article> found = new HashMap<>();
            for (org.bson.Document d : documents(q, Article.COLLECTION)) {
                Article a = raw.articleRef(d);
                found.put(a.id(), a);
            }
            return found;
        });
    }

    private Map<String, List<String>> statementIdsByCall(List<String> callIds) {
        Map<String, List<String>> out = new HashMap<>();
        // $in alone: the callId index serves it on MongoDB and on the embedded server (a range beside it would make the
        // embedded one scan every statement and test each against the whole list)
        Criteria c = where("callId").in(callIds);
        Query q = query(c).with(Sort.by("_id"));
        q.fields().include("callId");
        for (org.bson.Document d : documents(q, Statement.COLLECTION)) {
            Object callId = d.get("callId");
            String key = callId instanceof org.bson.types.ObjectId o ? o.toHexString() : String.valueOf(callId);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(d.getObjectId("_id").toHexString());
        }
        return out;
    }

    /** The {@code mentions} property: each mention with its article's provenance. */
    private static void mentionsJson(JsonGenerator g, List<Mention> mentions, Map<String, Article> articles) {
        g.writeName("mentions");
        g.writeStartArray();
        for (Mention m : mentions) {
            Article a = m.articleId() == null ? null : articles.get(m.articleId());
            g.writeStartObject();
            g.writeStringProperty("articleId", m.articleId() == null ? null : GlobalId.of("Article", m.articleId()));
            g.writeStringProperty("url", a == null ? null : a.url());
            g.writeStringProperty("title", a == null ? null : a.title());
            g.writeStringProperty("source", a == null ? null : a.source());
            g.writeStringProperty("publishedOn", a == null ? null : str(a.publishedOn()));
            g.writeStringProperty("sentence", m.sentence());
            g.writeNumberProperty("start", m.start());
            g.writeNumberProperty("end", m.end());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A list of strings as an array (null as null), as a serializer writes it. */
    private static void strings(JsonGenerator g, List<String> values) {
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** A number property, null as null. */
    private static void number(JsonGenerator g, String name, Double value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.doubleValue());
        }
    }

    private static void mentionColumns(Map<String, Object> row, List<Mention> mentions, Map<String, Article> articles) {
        row.put("mention_count", mentions.size());
        List<String> ids = mentions.stream().map(Mention::articleId).filter(Objects::nonNull).distinct().toList();
        row.put("article_ids", join(ids.stream().map(id -> GlobalId.of("Article", id)).toList()));
        row.put("urls", join(ids.stream().map(articles::get).filter(Objects::nonNull).map(Article::url)
                .filter(Objects::nonNull).toList()));
    }

    private static String participantId(String id) {
        return id == null ? null : GlobalId.of("Participant", id);
    }

    static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(JOIN, values);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
