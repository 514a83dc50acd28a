package dev.readout.bench;

import dev.readout.ReadoutApplication;
import dev.readout.graphql.GraphiqlController;
import dev.readout.ingest.StartupTasks;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Bytes on the wire for the example operations a mobile app's screens send, against the sample store as
 * {@code mvn spring-boot:run} serves it: each answer plain and gzipped (as the server sends it for
 * {@code Accept-Encoding: gzip}), and each request with the query text against the persisted-query hash (POST body,
 * and the GET URL a CDN can cache). Prints a Markdown table for BENCHMARKS.md ("Bytes per screen").
 * <pre>java -Xmx3g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.readout.bench.BytesPerScreen
 *     [--url=http://localhost:8080/graphql]</pre>
 * Without {@code --url} it starts Readout in this JVM on an in-memory store with the sample articles (extracted
 * with the real models, so the figures follow the extractor); with it, it measures that server. Bodies are counted,
 * not HTTP headers. The run fails when an answer has errors or its gzip bytes do not decode to the plain answer.
 */
public final class BytesPerScreen {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // java.net.http neither asks for nor undoes compression: the bytes counted are the bytes sent
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A screen: what it shows, the example operation it sends, and that operation's variables. */
    record Screen(String label, String operation, Map<String, Object> variables) {
    }

    /** One screen's figures, in bytes. */
    record Row(Screen screen, int textBody, int hashBody, int hashGetUrl, int plain, int gzip) {
    }

    private final URI graphql;

    BytesPerScreen(URI graphql) {
        this.graphql = graphql;
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        for (String a : args) {
            if (a.startsWith("--url=")) {
                url = a.substring("--url=".length());
            }
        }
        ConfigurableApplicationContext app = null;
        if (url == null) {
            app = SpringApplication.run(ReadoutApplication.class, "--server.port=0", "--readout.embedded.storage=memory",
                    "--readout.samples.enabled=true", "--readout.models.preload=true", "--spring.main.banner-mode=off",
                    "--logging.level.root=ERROR");
            app.getBean(StartupTasks.class).await(); // the sample articles are stored and extracted
            url = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/graphql";
        }
        try {
            BytesPerScreen bench = new BytesPerScreen(URI.create(url));
            List<Row> rows = bench.measure(bench.screens());
            System.out.println(markdown(rows, url, app != null));
        } finally {
            if (app != null) {
                app.close();
            }
        }
        System.exit(0);
    }

    /** The screens, with real ids and names from the store (the newest call with the most mentions). */
    List<Screen> screens() throws Exception {
        JsonNode page = data("{ calls(first: 20) { edges { node { id mentions { start } } } } }", Map.of())
                .path("calls").path("edges");
        String callId = null;
        int most = -1;
        for (JsonNode e : page) {
            if (e.path("node").path("mentions").size() > most) {
                most = e.path("node").path("mentions").size();
                callId = e.path("node").path("id").asString();
            }
        }
        if (callId == null) {
            throw new IllegalStateException("The store has no calls: nothing to measure");
        }
        return List.of(
                new Screen("Home: the five newest calls", "RecentCalls", Map.of()),
                new Screen("Calls list: a page of 20 with participants, roles, mentions, statements",
                        "callsWithParticipants", Map.of("first", 20)),
                new Screen("Person: profile, roles, counterparts, latest calls", "participantWithCounterparts",
                        Map.of("name", "blinken")),
                new Screen("Call: participants, every mention, statements", "callWithMentions", Map.of("id", callId)));
    }

    List<Row> measure(List<Screen> screens) throws Exception {
        Map<String, String> documents = new LinkedHashMap<>();
        GraphiqlController.loadExamples().forEach(o -> documents.put(o.name(), o.document()));
        List<Row> rows = new ArrayList<>();
        for (Screen s : screens) {
            String query = stripComments(documents.get(s.operation()));
            if (query == null) {
                throw new IllegalStateException("No operation " + s.operation() + " in graphql/operations");
            }
            String operationName = operationName(query);
            Map<String, Object> apq = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(query)));

            Map<String, Object> withText = body(operationName, s.variables());
            withText.put("query", query);
            Map<String, Object> withHash = body(operationName, s.variables());
            withHash.put("extensions", apq);
            byte[] textBody = JSON.writeValueAsBytes(withText);
            byte[] hashBody = JSON.writeValueAsBytes(withHash);
            String getUrl = graphql.getRawPath() + "?operationName=" + encode(operationName)
                    + (s.variables().isEmpty() ? "" : "&variables=" + encode(JSON.writeValueAsString(s.variables())))
                    + "&extensions=" + encode(JSON.writeValueAsString(apq));

            // the text once with its hash registers it, as an Apollo client does on PersistedQueryNotFound
            Map<String, Object> register = new LinkedHashMap<>(withText);
            register.put("extensions", apq);
            check(s, send(post(JSON.writeValueAsBytes(register), false)));

            HttpResponse<byte[]> plain = send(post(textBody, false));
            HttpResponse<byte[]> gzip = send(post(hashBody, true));
            HttpResponse<byte[]> get = send(HttpRequest.newBuilder(graphql.resolve(getUrl)).GET()
                    .header("Accept-Encoding", "gzip"));
            JsonNode expected = check(s, plain);
            if (plain.headers().firstValue("Content-Encoding").isPresent()) {
                throw new IllegalStateException(s.operation() + ": compressed without Accept-Encoding");
            }
            for (HttpResponse<byte[]> compressed : List.of(gzip, get)) {
                boolean gzipped = compressed.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
                byte[] decoded = gzipped ? gunzip(compressed.body()) : compressed.body();
                if (!JSON.readTree(decoded).equals(expected)) {
                    throw new IllegalStateException(s.operation() + ": the gzip answer does not decode to the plain one");
                }
                if (compressed.body().length != gzip.body().length) {
                    throw new IllegalStateException(s.operation() + ": POST and GET answers differ in size");
                }
            }
            rows.add(new Row(s, textBody.length, hashBody.length, getUrl.length(), plain.body().length,
                    gzip.body().length));
        }
        return rows;
    }

    private static Map<String, Object> body(String operationName, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("operationName", operationName);
        if (!variables.isEmpty()) {
            body.put("variables", variables);
        }
        return body;
    }

    private HttpRequest.Builder post(byte[] body, boolean gzip) {
        HttpRequest.Builder r = HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return gzip ? r.header("Accept-Encoding", "gzip") : r;
    }

    private JsonNode check(Screen s, HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")
                ? gunzip(response.body()) : response.body();
        JsonNode answer = JSON.readTree(body);
        if (response.statusCode() != 200 || answer.has("errors") || !answer.path("data").isObject()) {
            throw new IllegalStateException(s.operation() + " answered " + response.statusCode() + ": " + answer);
        }
        return answer;
    }

    private JsonNode data(String query, Map<String, Object> variables) throws Exception {
        Map<String, Object> b = new LinkedHashMap<>(Map.of("query", query));
        if (!variables.isEmpty()) {
            b.put("variables", variables);
        }
        return check(new Screen("setup", "setup", variables), send(post(JSON.writeValueAsBytes(b), false)))
                .path("data");
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The document as a client sends it: Apollo's code generators drop comments; the layout is kept. */
    static String stripComments(String document) {
        if (document == null) {
            return null;
        }
        return document.lines().filter(l -> !l.strip().startsWith("#")).reduce((a, b) -> a + "\n" + b).orElse("")
                .strip();
    }

    static String operationName(String document) {
        var m = java.util.regex.Pattern.compile("\\b(?:query|mutation)\\s+(\\w+)").matcher(document);
        if (!m.find()) {
            throw new IllegalArgumentException("An anonymous operation: " + document);
        }
        return m.group(1);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    static String markdown(List<Row> rows, String url, boolean sampleStore) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "- date: %s UTC%n- machine: %s%n- store: %s%n%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Report.machine(), sampleStore ? "in-memory, the sample articles (readout.samples.enabled)" : url));
        sb.append("| screen | operation | request: POST with query text | request: POST with hash | request: GET URL "
                + "with hash | answer | answer, gzip | gzip saves |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        int text = 0, hash = 0, get = 0, plain = 0, gzip = 0;
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | `%s` | %,d | %,d | %,d | %,d | %,d | %s |%n",
                    r.screen().label(), r.screen().operation(), r.textBody(), r.hashBody(), r.hashGetUrl(), r.plain(),
                    r.gzip(), r.gzip() == r.plain() ? "— (under server.compression.min-response-size: sent as is)"
                            : percent(r.plain(), r.gzip())));
            text += r.textBody();
            hash += r.hashBody();
            get += r.hashGetUrl();
            plain += r.plain();
            gzip += r.gzip();
        }
        sb.append(String.format(Locale.ROOT, "| **all four screens** | | %,d | %,d | %,d | %,d | %,d | %s |%n",
                text, hash, get, plain, gzip, percent(plain, gzip)));
        sb.append(String.format(Locale.ROOT, "%nRequests: the hash instead of the text saves %s of the POST bodies; "
                + "answers: gzip saves %s; both together: %,d instead of %,d bytes of bodies for the four screens.%n",
                percent(text, hash), percent(plain, gzip), hash + gzip, text + plain));
        return sb.toString();
    }

    private static String percent(int before, int after) {
        return String.format(Locale.ROOT, "%.0f %%", 100.0 * (before - after) / before);
    }
}
