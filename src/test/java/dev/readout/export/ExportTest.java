package dev.readout.export;

import dev.readout.graphql.GlobalId;
import dev.readout.ingest.IngestService;
import dev.readout.ingest.Resolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports over HTTP against GraphQL over HTTP on the same data: same filter, same rows; provenance and codes in the
 * rows; CSV that a CSV reader parses back; gzip; 400 for bad parameters; the call network.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"readout.embedded.storage=memory", "readout.samples.enabled=false", "readout.api-key=test-key"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTest {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    IngestService ingest;
    @Autowired
    Resolver resolver;

    Http http;

    @BeforeAll
    void load() {
        http = new Http(port);
        ExportFixtures.load(mongo, ingest, resolver);
    }

    private String lavrovId() {
        JsonNode data = http.graphql("{ participants(filter: {name: \"lavrov\"}, first: 1) { edges { node { id } } } }");
        return data.get("participants").get("edges").get(0).get("node").get("id").asString();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private List<JsonNode> ndjson(String path) {
        HttpResponse<byte[]> r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        for (String line : new String(r.body(), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                rows.add(Http.JSON.readTree(line));
            }
        }
        return rows;
    }

    private static List<Map<String, String>> parseCsv(byte[] body) {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class).with(header)
                .readValues(body)) {
            return it.readAll();
        }
    }

    private List<Map<String, String>> csv(String path) {
        HttpResponse<byte[]> r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        return parseCsv(r.body());
    }

    private int total(String query, String filter) {
        JsonNode data = http.graphql("{ " + query + "(filter: " + filter + ", first: 0) { totalCount } }");
        return data.get(query).get("totalCount").asInt();
    }

    private void sameCount(String entity, String params, String graphqlFilter) {
        int expected = total(entity, graphqlFilter);
        String query = params.isEmpty() ? "" : "?" + params;
        assertThat(ndjson("/export/" + entity + ".ndjson" + query)).as(entity + " ndjson " + params).hasSize(expected);
        assertThat(csv("/export/" + entity + ".csv" + query)).as(entity + " csv " + params).hasSize(expected);
    }

    @Test
    void exportsHaveTheRowsGraphQLCountsForTheSameFilter() {
        String lavrov = lavrovId();
        sameCount("calls", "", "{}");
        sameCount("calls", "participantName=blinken", "{participantName: \"blinken\"}");
        sameCount("calls", "participantName=" + q("Sergey LAVROV"), "{participantName: \"Sergey LAVROV\"}");
        sameCount("calls", "country=RU", "{country: \"RU\"}");
        sameCount("calls", "from=2022-02-01&to=2022-02-28", "{from: \"2022-02-01\", to: \"2022-02-28\"}");
        sameCount("calls", "medium=PHONE", "{medium: [PHONE]}");
        sameCount("calls", "medium=in_person,phone&status=HELD", "{medium: [IN_PERSON, PHONE], status: [HELD]}");
        sameCount("calls", "medium=IN_PERSON&medium=VIDEO", "{medium: [IN_PERSON, VIDEO]}");
        sameCount("calls", "participantIds=" + lavrov, "{participantIds: [\"" + lavrov + "\"]}");
        sameCount("calls", "status=PLANNED", "{status: [PLANNED]}");
        sameCount("statements", "", "{}");
        sameCount("statements", "speakerName=price", "{speakerName: \"price\"}");
        sameCount("statements", "channel=TWEET", "{channel: [TWEET]}");
        sameCount("statements", "text=" + q("mutual security"), "{text: \"mutual security\"}");
        sameCount("statements", "from=2022-02-20", "{from: \"2022-02-20\"}");
        sameCount("participants", "", "{}");
        sameCount("participants", "name=blinken", "{name: \"blinken\"}");
        sameCount("participants", "country=RU", "{country: \"RU\"}");

        // not vacuous: the fixture calls are there
        assertThat(total("calls", "{}")).isGreaterThanOrEqualTo(7);
        assertThat(total("calls", "{participantIds: [\"" + lavrov + "\"]}")).isGreaterThanOrEqualTo(4);
        assertThat(ndjson("/export/articles.ndjson")).hasSize((int) mongo.count(new Query(), "articles"));
        assertThat(csv("/export/articles.csv?from=2022-02-01&to=2022-02-28")).hasSize(2);
    }

    @Test
    void callRowsCarryGlobalIdsParticipantsProvenanceAndCodesAsGraphQLDoes() {
        List<JsonNode> rows = ndjson("/export/calls.ndjson?participantName=lavrov&from=2022-02-01&to=2022-02-01");
        JsonNode phone = rows.stream().filter(r -> r.get("medium").asString().equals("PHONE")).findFirst().orElseThrow();
        assertThat(GlobalId.parse(phone.get("id").asString()).type()).isEqualTo("Call");
        assertThat(phone.get("date").asString()).isEqualTo("2022-02-01");
        assertThat(phone.get("status").asString()).isEqualTo("HELD");
        assertThat(phone.get("cameoCode").asString()).isEqualTo("041");
        assertThat(phone.get("goldstein").asDouble()).isEqualTo(1.0);
        assertThat(phone.get("plover").get("category").asString()).isEqualTo("CONSULT");
        assertThat(phone.get("plover").get("mode").asString()).isEqualTo("phone");
        List<String> names = new ArrayList<>();
        phone.get("participants").forEach(p -> names.add(p.get("name").asString() + "/" + p.get("country").asString()));
        assertThat(names).contains("Antony Blinken/US", "Sergey Lavrov/RU");
        JsonNode mention = phone.get("mentions").get(0);
        assertThat(mention.get("url").asString()).isEqualTo("https://example.org/lavrov");
        String articleId = mention.get("articleId").asString();
        String text = http.graphql("{ article(id: \"" + articleId + "\") { text } }").get("article").get("text")
                .asString();
        assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                .isEqualTo(mention.get("sentence").asString());

        // every call's id and CAMEO code agree with GraphQL's
        Map<String, String> exported = new HashMap<>();
        ndjson("/export/calls.ndjson").forEach(r -> exported.put(r.get("id").asString(),
                r.get("cameoCode").isNull() ? null : r.get("cameoCode").asString()));
        Map<String, String> graphql = new HashMap<>();
        http.graphql("{ calls(first: 100) { edges { node { id cameoCode goldstein plover { category mode } } } } }")
                .get("calls").get("edges").forEach(e -> graphql.put(e.get("node").get("id").asString(),
                        e.get("node").get("cameoCode").isNull() ? null : e.get("node").get("cameoCode").asString()));
        assertThat(exported).isEqualTo(graphql);
    }

    @Test
    void meetingsAreCodedByWhoTravelledWhere() {
        Map<String, JsonNode> byDate = new HashMap<>();
        ndjson("/export/calls.ndjson?medium=IN_PERSON").forEach(r -> byDate.put(r.get("date").isNull() ? "none"
                : r.get("date").asString(), r));
        JsonNode visit = byDate.get("2022-03-09");
        assertThat(visit.get("cameoCode").asString()).isEqualTo("042");
        assertThat(visit.get("goldstein").asDouble()).isEqualTo(1.9);
        String blinken = http.graphql("{ participants(filter: {name: \"blinken\"}, first: 1) { edges { node { id } } } }")
                .get("participants").get("edges").get(0).get("node").get("id").asString();
        assertThat(visit.get("cameoSourceId").asString()).isEqualTo(blinken);
        JsonNode geneva = byDate.get("2022-03-10");
        assertThat(geneva.get("cameoCode").asString()).isEqualTo("042");
        assertThat(geneva.get("plover").get("mode").asString()).isEqualTo("multilateral");
        assertThat(byDate.get("2022-03-08").get("cameoCode").asString()).isEqualTo("043");
        JsonNode planned = byDate.get("none");
        assertThat(planned.get("cameoCode").asString()).isEqualTo("036");
        assertThat(planned.get("plover").isNull()).isTrue();
    }

    @Test
    void statementRowsCarrySpeakerMentionsAndCameoCode() {
        List<JsonNode> rows = ndjson("/export/statements.ndjson?channel=tweet&speakerName=blinken");
        assertThat(rows).isNotEmpty();
        JsonNode tweet = rows.stream().filter(r -> r.get("text").asString().startsWith("In my conversation today"))
                .findFirst().orElseThrow();
        assertThat(tweet.get("speaker").get("name").asString()).isEqualTo("Antony Blinken");
        assertThat(tweet.get("speaker").get("country").asString()).isEqualTo("US");
        assertThat(tweet.get("cameoCode").asString()).isEqualTo("036");
        assertThat(tweet.get("mentions").get(0).get("url").asString()).isEqualTo("https://example.org/lavrov");
        JsonNode graphql = http.graphql("{ statements(filter: {channel: [TWEET]}, first: 100) { edges { node { id "
                + "cameoCode } } } }").get("statements").get("edges");
        List<String> ids = new ArrayList<>();
        graphql.forEach(e -> ids.add(e.get("node").get("id").asString()));
        assertThat(ids).contains(tweet.get("id").asString());
    }

    @Test
    void csvIsFlatWithAHeaderAndParsesBack() {
        HttpResponse<byte[]> r = http.get("/export/calls.csv?participantName=lavrov");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(body.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", ExportService.CALL_COLUMNS));
        List<Map<String, String>> rows = parseCsv(r.body());
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.keySet()).containsExactlyElementsOf(ExportService.CALL_COLUMNS);
            assertThat(row.get("participant_names")).contains("Sergey Lavrov");
        });
        Map<String, String> phone = rows.stream().filter(row -> row.get("date").equals("2022-02-01")).findFirst()
                .orElseThrow();
        assertThat(phone.get("participant_names").split("; ")).contains("Antony Blinken", "Sergey Lavrov");
        assertThat(phone.get("participant_countries").split("; ")).contains("US", "RU");
        assertThat(phone.get("cameo_code")).isEqualTo("041");
        assertThat(phone.get("urls")).isEqualTo("https://example.org/lavrov");
        assertThat(phone.get("evidence")).contains("Sergey Lavrov");

        List<Map<String, String>> statements = csv("/export/statements.csv");
        assertThat(statements).isNotEmpty();
        assertThat(statements.get(0).keySet()).containsExactlyElementsOf(ExportService.STATEMENT_COLUMNS);
        List<Map<String, String>> articles = csv("/export/articles.csv");
        assertThat(articles).anySatisfy(a -> assertThat(a.get("text")).isEqualTo(ExportFixtures.MEETINGS));
    }

    @Test
    void gzipWhenAcceptedAndAnAttachmentFileName() throws IOException {
        HttpResponse<byte[]> plain = http.get("/export/calls.ndjson");
        HttpResponse<byte[]> zipped = http.get("/export/calls.ndjson", "Accept-Encoding", "gzip, deflate");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] unzipped;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            unzipped = in.readAllBytes();
        }
        assertThat(unzipped).isEqualTo(plain.body());
        assertThat(http.get("/export/calls.csv", "Accept-Encoding", "gzip;q=0").headers()
                .firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Content-Disposition")).hasValueSatisfying(v ->
                assertThat(v).matches("attachment; filename=\"readout-calls-\\d{8}\\.ndjson\""));
        assertThat(plain.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/x-ndjson"));
    }

    private void badRequest(String path, String parameter) {
        HttpResponse<byte[]> r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        JsonNode body = Http.JSON.readTree(r.body());
        assertThat(body.get("parameter").asString()).as(path).isEqualTo(parameter);
        assertThat(body.get("error").asString()).as(path).contains(parameter);
    }

    @Test
    void anInvalidParameterIs400WithAMessageNamingIt() {
        badRequest("/export/calls.ndjson?from=2022-13-45", "from");
        badRequest("/export/calls.csv?to=yesterday", "to");
        badRequest("/export/calls.csv?medium=FAX", "medium");
        badRequest("/export/statements.ndjson?channel=blog", "channel");
        badRequest("/export/calls.xml", "format");
        badRequest("/export/calls.ndjson?participant=blinken", "participant");
        badRequest("/export/calls.ndjson?participantIds=nonsense", "participantIds");
        badRequest("/export/network.csv?medium=carrier-pigeon", "medium");
        badRequest("/export/network.ndjson", "format");
        badRequest("/export/people.csv", "entity");
    }

    @Test
    void theNetworkHasOneRowPerPairWithCountsAndDates() {
        HttpResponse<byte[]> r = http.get("/export/network.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .isEqualTo("source_id,source_name,target_id,target_name,calls,first_date,last_date");
        List<Map<String, String>> rows = parseCsv(r.body());
        Map<String, String> pair = rows.stream().filter(row -> row.get("source_name").equals("Antony Blinken")
                && row.get("target_name").equals("Sergey Lavrov")).findFirst().orElseThrow();
        long both = ndjson("/export/calls.ndjson?participantName=lavrov").stream()
                .filter(c -> c.get("participants").toString().contains("Antony Blinken")).count();
        assertThat(Integer.parseInt(pair.get("calls"))).isEqualTo((int) both).isGreaterThanOrEqualTo(4);
        assertThat(pair.get("first_date")).isEqualTo("2022-02-01");
        assertThat(pair.get("last_date")).isEqualTo("2022-03-10");
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("source_name")).isEqualTo("Vladimir Putin");
            assertThat(row.get("target_name")).isEqualTo("Xi Jinping");
        });
        // no pair twice, in either direction
        assertThat(rows.stream().map(row -> List.of(row.get("source_id"), row.get("target_id")).stream().sorted()
                .toList()).distinct()).hasSize(rows.size());

        List<Map<String, String>> phoneOnly = parseCsv(http.get("/export/network.csv?medium=PHONE").body());
        assertThat(phoneOnly).noneSatisfy(row -> assertThat(row.get("source_name")).isEqualTo("Ignazio Cassis"));
        assertThat(phoneOnly).allSatisfy(row -> assertThat(row.get("target_name")).isNotEqualTo("Ignazio Cassis"));
    }
}
