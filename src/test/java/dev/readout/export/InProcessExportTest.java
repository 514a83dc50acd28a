package dev.readout.export;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.readout.article.Article;
import dev.readout.article.Mention;
import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallService;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.graphql.GlobalId;
import dev.readout.mongo.EmbeddedMongo;
import dev.readout.mongo.MongoConfiguration;
import dev.readout.participant.Participant;
import dev.readout.participant.ParticipantKind;
import dev.readout.participant.ParticipantService;
import dev.readout.participant.Role;
import dev.readout.statement.StatementService;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls export read in this process from the embedded server ({@code mongo/InProcessFinds}) writes the same bytes
 * as the export over the wire, NDJSON and CSV, for every filter the export takes, over calls of every stored shape
 * (absent fields, a string {@code _id}, a null participant id, long, double and Decimal128 offsets, mentions without an article or of an
 * article that is gone, statements whose call id is an ObjectId or a string), across chunk boundaries; on the file
 * store and in memory. It also checks that the in-process export sent no find of calls, articles or statements to the
 * server, so the two outputs really come from two paths.
 */
class InProcessExportTest {

    static final int CALLS = 2 * ExportService.CHUNK + 345;

    @ParameterizedTest
    @ValueSource(strings = {"files", "memory"})
    void writesTheSameBytesAsTheWire(String storage, @TempDir Path dir) {
        EmbeddedMongo server = EmbeddedMongo.start(storage.equals("memory") ? EmbeddedMongo.MEMORY : dir.toString());
        Map<String, AtomicInteger> finds = new ConcurrentHashMap<>();
        CommandListener counter = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent e) {
                if (e.getCommandName().equals("find")) {
                    finds.computeIfAbsent(e.getCommand().getString("find").getValue(), k -> new AtomicInteger())
                            .incrementAndGet();
                }
            }
        };
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString(MongoConfiguration.DATABASE)))
                .addCommandListener(counter).build();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoTemplate mongo = MongoConfiguration.standaloneTemplate(client, MongoConfiguration.DATABASE);
            List<String> people = fill(mongo);
            ParticipantService participants = new ParticipantService(mongo);
            CallService calls = new CallService(mongo, participants);
            StatementService statements = new StatementService(mongo, participants, calls);
            ExportService wire = new ExportService(mongo, null, calls, statements, participants);
            ExportService local = new ExportService(mongo, server.finds(), calls, statements, participants);

            Map<String, CallService.CallFilter> filters = new LinkedHashMap<>();
            filters.put("every call", null);
            filters.put("one participant", filter(List.of(people.get(0)), null, null, null, null, null, null));
            filters.put("two participants", filter(List.of(people.get(0), people.get(1)), null, null, null, null, null,
                    null));
            filters.put("name", filter(null, "bravo", null, null, null, null, null));
            filters.put("country", filter(null, null, "RU", null, null, null, null));
            filters.put("dates", filter(null, null, null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), null,
                    null));
            filters.put("from only", filter(null, null, null, LocalDate.of(2023, 3, 1), null, null, null));
            filters.put("dates and medium", filter(null, null, null, LocalDate.of(2022, 1, 1),
                    LocalDate.of(2022, 12, 31), List.of(CallMedium.IN_PERSON), null));
            filters.put("medium and status", filter(null, null, null, null, null,
                    List.of(CallMedium.PHONE, CallMedium.VIDEO), List.of(CallStatus.HELD, CallStatus.PLANNED)));
            filters.put("everything", filter(List.of(people.get(2)), "a", "us", LocalDate.of(2021, 1, 1),
                    LocalDate.of(2023, 12, 31), List.of(CallMedium.IN_PERSON, CallMedium.PHONE), List.of(CallStatus.HELD)));
            filters.put("nothing matches", filter(null, null, "ZZ", null, null, null, null));

            for (Map.Entry<String, CallService.CallFilter> f : filters.entrySet()) {
                for (ExportService.Format format : ExportService.Format.values()) {
                    String what = storage + ", " + f.getKey() + ", " + format;
                    String before = finds.toString();
                    byte[] overWire = write(wire.calls(f.getValue(), format));
                    Map<String, Integer> wireFinds = snapshot(finds);
                    byte[] inProcess = write(local.calls(f.getValue(), format));
                    Map<String, Integer> localFinds = snapshot(finds);
                    assertThat(new String(inProcess, StandardCharsets.UTF_8)).as(what)
                            .isEqualTo(new String(overWire, StandardCharsets.UTF_8));
                    // the in-process export asked the server for no call, article or statement: the counts after it
                    // are those after the wire export
                    for (String c : List.of(Call.COLLECTION, Article.COLLECTION, "statements")) {
                        assertThat(localFinds.getOrDefault(c, 0)).as(what + ": finds of " + c + " (before: " + before
                                + ")").isEqualTo(wireFinds.getOrDefault(c, 0));
                    }
                    if (!f.getKey().equals("nothing matches")) {
                        assertThat(wireFinds.getOrDefault(Call.COLLECTION, 0)).as(what).isPositive();
                        assertThat(lines(overWire)).as(what).isGreaterThan(format == ExportService.Format.CSV ? 2 : 1);
                    }
                    finds.clear();
                }
            }
            // the whole export runs across chunk boundaries, and every call is in it once
            assertThat(lines(write(local.calls(null, ExportService.Format.NDJSON)))).isEqualTo(CALLS);
        } finally {
            server.close();
        }
    }

    /**
     * NDJSON rows written straight to the generator (calls, statements, participants) are, byte for byte, what the
     * mapper writes of a map with the same entries in the same order, as the rows were written before: every line is
     * read into ordered maps (integers as Integer, decimals as Double) and written again with a default mapper. Names
     * and strings with quotes, line breaks, controls, non-ASCII and astral characters.
     */
    @org.junit.jupiter.api.Test
    void generatorRowsAreWhatTheMapperWritesOfTheirMaps() {
        EmbeddedMongo server = EmbeddedMongo.start(EmbeddedMongo.MEMORY);
        try (MongoClient client = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE))) {
            MongoTemplate mongo = MongoConfiguration.standaloneTemplate(client, MongoConfiguration.DATABASE);
            fill(mongo);
            Participant odd = mongo.insert(new Participant(null, "Zoë \"Z\" Ünal \u0001\t😀", List.of("Zoë", "\u2028"),
                    ParticipantKind.PERSON, "TR", List.of(new Role("Minister\nof \\ Affairs", "Org/π", "TR",
                    LocalDate.of(2020, 1, 2), LocalDate.of(2021, 3, 4))), List.of("zoe"), "odd", "Zoe"));
            mongo.insert(new Call(null, List.of(odd.id()), odd.id(), LocalDate.of(2022, 5, 6), DatePrecision.DAY,
                    "le 6 mai — “quoted” \u007f", CallMedium.PHONE, CallStatus.HELD,
                    List.of(new Mention(null, "Zoë phoned\r\n\u0000 😀 \\ \"x\"", 0, 3)), "042"));
            mongo.getCollection("statements").insertOne(new Document("text", "Stated: \"é\" \b\f")
                    .append("speakerId", odd.id()).append("speakerText", "Zoë").append("channel", "BRIEFING"));
            ParticipantService participants = new ParticipantService(mongo);
            CallService calls = new CallService(mongo, participants);
            StatementService statements = new StatementService(mongo, participants, calls);
            ExportService local = new ExportService(mongo, server.finds(), calls, statements, participants);
            tools.jackson.databind.json.JsonMapper plain = tools.jackson.databind.json.JsonMapper.builder().build();
            Map<String, byte[]> outputs = new LinkedHashMap<>();
            outputs.put("calls", write(local.calls(null, ExportService.Format.NDJSON)));
            outputs.put("statements", write(local.statements(null, ExportService.Format.NDJSON)));
            outputs.put("participants", write(local.participants(null, ExportService.Format.NDJSON)));
            for (Map.Entry<String, byte[]> e : outputs.entrySet()) {
                String text = new String(e.getValue(), StandardCharsets.UTF_8);
                assertThat(text).as(e.getKey()).endsWith("\n").doesNotStartWith(" ").doesNotContain("\n ")
                        .contains("Z\\\"");
                String[] lines = text.split("\n");
                assertThat(lines.length).as(e.getKey()).isGreaterThan(5);
                for (String line : lines) {
                    Object parsed = plain.readValue(line, LinkedHashMap.class);
                    assertThat(plain.writeValueAsString(parsed)).as(e.getKey()).isEqualTo(line);
                }
            }
            // the names in the order the rows' maps had them, at every depth
            Map<String, Object> call = last(plain, outputs.get("calls"));
            assertThat(call.keySet()).containsExactly("id", "date", "datePrecision", "dateText", "medium", "status",
                    "cameoCode", "cameoLabel", "goldstein", "plover", "cameoSourceId", "cameoTargetId", "participants",
                    "mentions", "statementIds");
            assertThat(map(call.get("plover")).keySet()).containsExactly("category", "mode");
            Map<String, Object> person = map(((List<?>) call.get("participants")).get(0));
            assertThat(person.keySet()).containsExactly("id", "name", "kind", "country", "aliases", "roles");
            assertThat(map(((List<?>) person.get("roles")).get(0)).keySet()).containsExactly("title",
                    "organization", "country", "firstSeen", "lastSeen");
            assertThat(map(((List<?>) call.get("mentions")).get(0)).keySet()).containsExactly("articleId",
                    "url", "title", "source", "publishedOn", "sentence", "start", "end");
            Map<String, Object> statement = last(plain, outputs.get("statements"));
            assertThat(statement.keySet()).containsExactly("id", "text", "speaker", "speakerText", "channel", "date",
                    "callId", "cameoCode", "cameoLabel", "goldstein", "mentions");
            assertThat(map(statement.get("speaker")).keySet()).containsExactly("id", "name", "kind",
                    "country");
            assertThat(last(plain, outputs.get("participants")).keySet()).containsExactly("id", "name", "kind",
                    "country", "aliases", "roles");
        } finally {
            server.close();
        }
    }

    /** The last row of an NDJSON output (the one the odd participant's data made), read into ordered maps. */
    private static Map<String, Object> last(tools.jackson.databind.json.JsonMapper json, byte[] ndjson) {
        String[] lines = new String(ndjson, StandardCharsets.UTF_8).split("\n");
        return map(json.readValue(lines[lines.length - 1], LinkedHashMap.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Integer> snapshot(Map<String, AtomicInteger> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private static CallService.CallFilter filter(List<String> ids, String name, String country, LocalDate from,
                                                 LocalDate to, List<CallMedium> medium, List<CallStatus> status) {
        return new CallService.CallFilter(ids == null ? null : ids.stream().map(id -> GlobalId.of("Participant", id))
                .toList(), name, country, from, to, medium, status);
    }

    private static byte[] write(ExportService.Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        return out.toByteArray();
    }

    private static long lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    }

    /** Participants, articles, calls and statements of every shape; returns the participants' ids. */
    private static List<String> fill(MongoTemplate mongo) {
        Random r = new Random(14);
        String[] names = {"Alpha Able", "Bravo Baker", "Charlie Cole", "Delta Dane", "Echo East", "Foxtrot Fay",
                "Golf Gray", "Hotel Hale"};
        String[] countries = {"RU", "US", "CH", "CN", null, "RU", "US", "FR"};
        List<String> people = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Participant p = mongo.insert(new Participant(null, names[i], List.of(names[i].split(" ")[1]),
                    i % 3 == 2 ? ParticipantKind.ORGANIZATION : ParticipantKind.PERSON, countries[i],
                    List.of(new Role(i % 2 == 0 ? "President" : "Foreign Minister", null, countries[i], null, null)),
                    List.of(names[i].toLowerCase()), "key-" + i, names[i]));
            people.add(p.id());
        }
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Article a = mongo.insert(new Article(null, "https://example.org/" + i, i % 7 == 0 ? null : "Title " + i,
                    "Source " + (i % 3), i % 5 == 0 ? null : LocalDate.of(2021, 1, 1).plusDays(i * 20L),
                    "Text " + i, "hash-" + i, null, null));
            articles.add(a.id());
        }
        String gone = new ObjectId().toHexString(); // an article that no longer exists
        DatePrecision[] precisions = DatePrecision.values();
        CallMedium[] media = CallMedium.values();
        CallStatus[] statuses = CallStatus.values();
        List<Call> batch = new ArrayList<>();
        for (int i = 0; i < CALLS - 4; i++) {
            List<String> ps = new ArrayList<>();
            for (String p : people) {
                if (r.nextInt(4) == 0) {
                    ps.add(p);
                }
            }
            ps.sort(null);
            List<Mention> mentions = new ArrayList<>();
            for (int m = r.nextInt(4); m > 0; m--) {
                int k = r.nextInt(articles.size() + 2);
                String article = k < articles.size() ? articles.get(k) : k == articles.size() ? gone : null;
                int start = r.nextInt(500);
                mentions.add(new Mention(article, "Sentence " + i + "/" + m + " with \"quotes\", commas\nand a line.",
                        start, start + 10 + r.nextInt(90)));
            }
            LocalDate date = r.nextInt(8) == 0 ? null : LocalDate.of(2021, 1, 1).plusDays(r.nextInt(1100));
            batch.add(new Call(null, ps, String.join(",", ps), date, precisions[r.nextInt(precisions.length)],
                    r.nextBoolean() ? null : "on day " + i, media[r.nextInt(media.length)],
                    statuses[r.nextInt(statuses.length)], mentions, r.nextInt(5) == 0 ? "036" : null));
        }
        mongo.insertAll(batch);
        // stored by something else than the service's mapping: absent fields, other number and id types
        var raw = mongo.getCollection(Call.COLLECTION);
        raw.insertOne(new Document("_id", new ObjectId()));
        raw.insertOne(new Document("_id", "a-string-id").append("participantIds", Arrays.asList(people.get(0), null))
                .append("medium", "VIDEO").append("status", "HELD")
                .append("mentions", Arrays.asList(new Document("articleId", new ObjectId(articles.get(1)))
                        .append("sentence", "x").append("start", 5L).append("end", 7.0)))
                .append("cameoCode", "040"));
        raw.insertOne(new Document("_id", new ObjectId()).append("participantIds", List.of(people.get(1), people.get(3)))
                .append("date", java.util.Date.from(LocalDate.of(2022, 2, 2).atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant()))
                .append("medium", "IN_PERSON").append("status", "HELD").append("unread", new Decimal128(5))
                .append("mentions", List.of(new Document("articleId", articles.get(2)).append("sentence", "y")
                        .append("start", new Decimal128(12)).append("end", 30))));
        raw.insertOne(new Document("_id", new ObjectId()).append("participantIds", List.of(people.get(0)))
                .append("mentions", List.of()).append("dateText", "").append("status", "PLANNED"));
        // statements of some calls, their call ids as the service stores them and as ObjectIds
        List<Document> calls = mongo.find(new org.springframework.data.mongodb.core.query.Query(), Document.class,
                Call.COLLECTION);
        List<Document> statements = new ArrayList<>();
        for (int i = 0; i < calls.size(); i += 7) {
            Object id = calls.get(i).get("_id");
            Object callId = id instanceof ObjectId o && i % 2 == 0 ? o : id instanceof ObjectId o ? o.toHexString() : id;
            statements.add(new Document("text", "Statement " + i).append("callId", callId));
            if (i % 3 == 0) {
                statements.add(new Document("text", "Another " + i).append("callId", callId));
            }
        }
        mongo.getCollection("statements").insertMany(statements);
        return people;
    }
}
