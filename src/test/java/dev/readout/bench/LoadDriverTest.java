package dev.readout.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness's own arithmetic and HTTP parsing (fast; no Readout, no wall-clock limits). */
class LoadDriverTest {

    @Test
    void nearestRankPercentiles() {
        long[] v = new long[100];
        for (int i = 0; i < 100; i++) {
            v[i] = i + 1;
        }
        assertThat(LoadDriver.percentile(v, 50)).isEqualTo(50);
        assertThat(LoadDriver.percentile(v, 99)).isEqualTo(99);
        assertThat(LoadDriver.percentile(v, 100)).isEqualTo(100);
        assertThat(LoadDriver.percentile(new long[]{7}, 99)).isEqualTo(7);
        assertThat(LoadDriver.percentile(new long[]{1, 2, 3}, 50)).isEqualTo(2);
        assertThat(LoadDriver.percentile(new long[0], 50)).isZero();
    }

    @Test
    void readsContentLengthAndChunkedAnswers() throws Exception {
        String plain = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
        String chunked = "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
        LoadDriver.Answer a = LoadDriver.RawClient.read(new ByteArrayInputStream(plain.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo("hello");
        assertThat(a.close()).isFalse();
        LoadDriver.Answer b = LoadDriver.RawClient.read(new ByteArrayInputStream(chunked.getBytes(StandardCharsets.UTF_8)));
        assertThat(b.status()).isEqualTo(404);
        assertThat(b.body()).isEqualTo("abcde");
        assertThat(b.close()).isTrue();
    }

    @Test
    void graphQlErrorsCountAsErrors() {
        assertThat(LoadDriver.hasGraphQlErrors("{\"errors\":[{\"message\":\"x\"}]}")).isTrue();
        assertThat(LoadDriver.hasGraphQlErrors("{\"data\":null,\"errors\":[{}]}")).isTrue();
        assertThat(LoadDriver.hasGraphQlErrors("{\"data\":{\"calls\":{\"edges\":[]}}}")).isFalse();
    }

    /** Both transports against a tiny server that closes every third connection and fails one request in five. */
    @Test
    void closedLoopCountsRequestsAndErrors() throws Exception {
        AtomicInteger n = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", x -> {
            x.getRequestBody().readAllBytes();
            int i = n.incrementAndGet();
            byte[] body = (i % 5 == 0 ? "{\"errors\":[{\"message\":\"no\"}]}" : "{\"data\":{\"__typename\":\"Query\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            if (i % 3 == 0) {
                x.getResponseHeaders().add("Connection", "close");
            }
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        try {
            for (LoadDriver.Transport t : LoadDriver.Transport.values()) {
                LoadDriver.Result r = LoadDriver.run("smoke", "127.0.0.1", server.getAddress().getPort(), 2,
                        Duration.ofMillis(100), Duration.ofMillis(400), t,
                        rnd -> LoadDriver.Request.graphql(ForkedServer.TYPENAME));
                assertThat(r.requests()).as(t.name()).isPositive();
                assertThat(r.errors()).as(t.name()).isPositive().isLessThan(r.requests());
                assertThat(r.firstError()).as(t.name()).contains("errors");
                assertThat(r.p50()).isLessThanOrEqualTo(r.p99()).isLessThanOrEqualTo(r.max());
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void optionsGiveTheCommandThatReproducesThem() {
        BenchmarkSuite.Options quick = BenchmarkSuite.Options.parse(new String[]{"--quick=true",
                "--sizes=" + BenchmarkSuite.DEFAULT_SIZES, "--clients=16", "--seconds=20", "--sections=all"});
        assertThat(quick.sizes()).containsExactly(10_000L);
        assertThat(quick.seconds()).isEqualTo(5);
        assertThat(quick.command()).isEqualTo("mvn -B -Pbench -DskipTests verify -Dbench.quick=true");
        BenchmarkSuite.Options full = BenchmarkSuite.Options.parse(new String[]{"--sizes=100000,10000",
                "--sections=api,export"});
        assertThat(full.sizes()).containsExactly(10_000L, 100_000L);
        assertThat(full.runs("api")).isTrue();
        assertThat(full.runs("ingest")).isFalse();
        assertThat(full.command()).isEqualTo(
                "mvn -B -Pbench -DskipTests verify -Dbench.sizes=100000,10000 -Dbench.sections=api,export");
    }
}
