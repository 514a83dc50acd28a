package dev.readout.export;

import dev.readout.article.Article;
import dev.readout.article.ExtractionState;
import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.article.Mention;
import dev.readout.participant.Participant;
import dev.readout.participant.ParticipantKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports larger than one chunk: every row once, across chunk boundaries, plain and gzip; the network sums them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"readout.embedded.storage=memory", "readout.samples.enabled=false", "readout.api-key=test-key"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeExportTest {

    static final int CALLS = 2 * ExportService.CHUNK + 234;

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    Http http;

    @BeforeAll
    void load() {
        http = new Http(port);
        for (String c : List.of("articles", "participants", "calls", "statements")) {
            mongo.remove(new Query(), c);
        }
        Article article = mongo.insert(new Article(null, "https://example.org/big", "Big", "Fixture",
                LocalDate.of(2021, 12, 31), "Alpha One called Beta Two.", "hash-big", Instant.now(),
                new ExtractionState(ExtractionState.Status.OK, "test", null, 0L)));
        Participant a = mongo.insert(participant("Alpha One", "US"));
        Participant b = mongo.insert(participant("Beta Two", "RU"));
        List<String> ids = List.of(a.id(), b.id()).stream().sorted().toList();
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(new Call(null, ids, String.join(",", ids), LocalDate.of(2021, 1, 1).plusDays(i % 365),
                    DatePrecision.DAY, null, i % 2 == 0 ? CallMedium.PHONE : CallMedium.IN_PERSON, CallStatus.HELD,
                    List.of(new Mention(article.id(), "Alpha One called Beta Two.", 0, 26)), null));
        }
        mongo.insert(calls, Call.class);
    }

    private static Participant participant(String name, String country) {
        String key = name.toLowerCase();
        return new Participant(null, name, List.of(), ParticipantKind.PERSON, country, List.of(), List.of(key),
                "PERSON:" + key, key);
    }

    private static List<String> lines(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).lines().filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void everyRowOnceAcrossChunks() throws IOException {
        List<String> ndjson = lines(http.get("/export/calls.ndjson").body());
        assertThat(ndjson).hasSize(CALLS);
        assertThat(ndjson.stream().map(l -> Http.JSON.readTree(l).get("id").asString()).distinct()).hasSize(CALLS);
        assertThat(ndjson).allSatisfy(l -> assertThat(l).contains("https://example.org/big"));

        HttpResponse<byte[]> zipped = http.get("/export/calls.csv", "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] csv;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            csv = in.readAllBytes();
        }
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            assertThat(it.readAll()).hasSize(CALLS);
        }

        int phone = http.graphql("{ calls(filter: {medium: [PHONE], from: \"2021-03-01\", to: \"2021-06-30\"}, first: 0) "
                + "{ totalCount } }").get("calls").get("totalCount").asInt();
        assertThat(phone).isPositive();
        assertThat(lines(http.get("/export/calls.ndjson?medium=PHONE&from=2021-03-01&to=2021-06-30").body()))
                .hasSize(phone);
    }

    @Test
    void theNetworkSumsAllCallsOfAPair() {
        HttpResponse<byte[]> r = http.get("/export/network.csv");
        assertThat(lines(r.body())).containsExactly(
                "source_id,source_name,target_id,target_name,calls,first_date,last_date",
                lines(r.body()).get(1));
        String row = lines(r.body()).get(1);
        assertThat(row).contains(",Alpha One,").contains(",Beta Two,")
                .endsWith("," + CALLS + ",2021-01-01,2021-12-31");
    }
}
