package dev.readout.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A closed-loop HTTP load driver: N client threads, each with its own keep-alive connection, send a request, read
 * the whole answer, and send the next at once; a warm-up whose requests are not counted, then a fixed measuring
 * window. Every request's latency (send to last byte) is kept, so percentiles are exact. A non-200 status or an
 * answer with a GraphQL {@code errors} member counts as an error (its latency is kept too).
 * <p>
 * Two transports: {@link Transport#RAW}, a minimal HTTP/1.1 client on a plain socket (the default: it costs the
 * shared CPU far less than {@link Transport#JDK}, {@code java.net.http.HttpClient}, whose selector thread and
 * per-request futures take a noticeable share of two cores; the suite records both on {@code { __typename }}).
 */
public final class LoadDriver {

    public enum Transport { RAW, JDK }

    /** One request: method, path and body (null for GET). */
    public record Request(String method, String path, String body) {
        public static Request graphql(String json) {
            return new Request("POST", "/graphql", json);
        }
    }

    /** The figures of one run. Latencies in milliseconds. */
    public record Result(String name, int clients, double seconds, long requests, long errors, double perSecond,
                         double p50, double p90, double p99, double max, String firstError, double serverCpuMs) {

        /** The same figures with the server's CPU time per request (ms; NaN when unknown). */
        public Result withServerCpu(double msPerRequest) {
            return new Result(name, clients, seconds, requests, errors, perSecond, p50, p90, p99, max, firstError,
                    msPerRequest);
        }

        @Override
        public String toString() {
            return String.format("%s: %d clients x %.1f s, %d requests, %.1f req/s, %d errors, p50 %.2f ms, "
                            + "p90 %.2f ms, p99 %.2f ms, max %.2f ms%s%s", name, clients, seconds, requests, perSecond,
                    errors, p50, p90, p99, max, Double.isNaN(serverCpuMs) ? ""
                            : String.format(", server CPU %.2f ms/request", serverCpuMs),
                    firstError == null ? "" : " (first error: " + firstError + ")");
        }
    }

    private LoadDriver() {
    }

    /**
     * Runs {@code clients} closed-loop clients against {@code host:port}: {@code warmup} uncounted, then
     * {@code measure} counted. {@code requests} gives each request from the client's own random source.
     */
    public static Result run(String name, String host, int port, int clients, Duration warmup, Duration measure,
                             Transport transport, Function<Random, Request> requests) throws InterruptedException {
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        long[] errors = new long[clients];
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime() + 200_000_000L; // all clients connect first
        long measureFrom = t0 + warmup.toNanos();
        long measureTo = measureFrom + measure.toNanos();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                Random random = new Random(7919L * (client + 1));
                long[] mine = new long[4096];
                int n = 0;
                Client http = null;
                try {
                    http = transport == Transport.RAW ? new RawClient(host, port) : new JdkClient(host, port);
                    started.countDown();
                    while (System.nanoTime() < t0) {
                        Thread.onSpinWait();
                    }
                    long now;
                    while ((now = System.nanoTime()) < measureTo) {
                        Request r = requests.apply(random);
                        long s = System.nanoTime();
                        String problem;
                        try {
                            Answer a = http.send(r);
                            problem = a.status() != 200 ? "HTTP " + a.status() + " " + abbreviate(a.body())
                                    : hasGraphQlErrors(a.body()) ? abbreviate(a.body()) : null;
                        } catch (IOException e) {
                            problem = e.toString();
                            http.close();
                            http = transport == Transport.RAW ? new RawClient(host, port) : new JdkClient(host, port);
                        }
                        long e = System.nanoTime();
                        if (s >= measureFrom && e <= measureTo) {
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = e - s;
                            if (problem != null) {
                                errors[client]++;
                                firstError.compareAndSet(null, problem);
                            }
                        }
                    }
                } catch (IOException e) {
                    errors[client]++;
                    firstError.compareAndSet(null, "connect: " + e);
                    started.countDown();
                } finally {
                    if (http != null) {
                        http.close();
                    }
                    latencies[client] = mine;
                    counts[client] = n;
                }
            }, "load-" + name + "-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = 0;
        for (int n : counts) {
            total += n;
        }
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        long errs = Arrays.stream(errors).sum();
        double secs = measure.toNanos() / 1e9;
        return new Result(name, clients, secs, total, errs, total / secs, percentile(all, 50) / 1e6,
                percentile(all, 90) / 1e6, percentile(all, 99) / 1e6, all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                firstError.get(), Double.NaN);
    }

    /** The nearest-rank percentile of sorted values: the smallest value with at least p% of values at or below it. */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(rank, sorted.length) - 1)];
    }

    /** A GraphQL answer with a top-level {@code errors} member. */
    static boolean hasGraphQlErrors(String body) {
        return body.startsWith("{\"errors\"") || body.contains(",\"errors\":[") || body.contains("\"errors\" :");
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    record Answer(int status, String body, boolean close) {
        Answer(int status, String body) {
            this(status, body, false);
        }
    }

    interface Client extends AutoCloseable {
        Answer send(Request r) throws IOException;

        @Override
        void close();
    }

    /** One HTTP/1.1 keep-alive connection on a socket: Content-Length or chunked answers. */
    static final class RawClient implements Client {
        private final String host;
        private final int port;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        RawClient(String host, int port) throws IOException {
            this.host = host;
            this.port = port;
            connect();
        }

        private void connect() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            out = socket.getOutputStream();
        }

        @Override
        public Answer send(Request r) throws IOException {
            return sendWithKey(r, null);
        }

        /** Sends with {@code X-API-Key} when {@code apiKey} is not null. */
        public Answer sendWithKey(Request r, String apiKey) throws IOException {
            byte[] body = r.body() == null ? new byte[0] : r.body().getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(256).append(r.method()).append(' ').append(r.path())
                    .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                    .append("\r\nAccept: application/json\r\n");
            if (apiKey != null) {
                head.append("X-API-Key: ").append(apiKey).append("\r\n");
            }
            if (r.body() != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] msg = Arrays.copyOf(h, h.length + body.length);
            System.arraycopy(body, 0, msg, h.length, body.length);
            out.write(msg);
            out.flush();
            Answer a = read(in);
            if (a.close()) { // the server ends the connection (Tomcat: after 100 requests on one); open the next
                socket.close();
                connect();
            }
            return a;
        }

        static Answer read(InputStream in) throws IOException {
            String status = line(in);
            if (status == null) {
                throw new IOException("connection closed by the server");
            }
            int code = Integer.parseInt(status.split(" ", 3)[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String l; (l = line(in)) != null && !l.isEmpty(); ) {
                int colon = l.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = l.substring(0, colon).trim();
                String value = l.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.toLowerCase().contains("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    close = true;
                }
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream(length > 0 ? (int) length : 1024);
            if (chunked) {
                for (; ; ) {
                    String size = line(in);
                    if (size == null) {
                        throw new IOException("truncated chunked answer");
                    }
                    int semi = size.indexOf(';');
                    int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                    if (n == 0) {
                        while (true) { // trailers up to the empty line
                            String t = line(in);
                            if (t == null || t.isEmpty()) {
                                break;
                            }
                        }
                        break;
                    }
                    copy(in, buf, n);
                    line(in);
                }
            } else if (length >= 0) {
                copy(in, buf, length);
            } else {
                throw new IOException("answer without Content-Length or chunked encoding");
            }
            return new Answer(code, buf.toString(StandardCharsets.UTF_8), close);
        }

        private static void copy(InputStream in, ByteArrayOutputStream buf, long n) throws IOException {
            byte[] b = new byte[8192];
            while (n > 0) {
                int r = in.read(b, 0, (int) Math.min(b.length, n));
                if (r < 0) {
                    throw new IOException("truncated answer");
                }
                buf.write(b, 0, r);
                n -= r;
            }
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder sb = new StringBuilder(64);
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    int len = sb.length();
                    if (len > 0 && sb.charAt(len - 1) == '\r') {
                        sb.setLength(len - 1);
                    }
                    return sb.toString();
                }
                sb.append((char) c);
            }
            return sb.length() == 0 ? null : sb.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** {@code java.net.http.HttpClient}, one per client thread, HTTP/1.1. */
    static final class JdkClient implements Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;

        JdkClient(String host, int port) {
            this.base = "http://" + host + ":" + port;
        }

        @Override
        public Answer send(Request r) throws IOException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json");
            if (r.body() != null) {
                b.header("Content-Type", "application/json").method(r.method(),
                        HttpRequest.BodyPublishers.ofString(r.body()));
            } else {
                b.method(r.method(), HttpRequest.BodyPublishers.noBody());
            }
            try {
                HttpResponse<String> a = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(a.statusCode(), a.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        @Override
        public void close() {
            // HttpClient (Java 17) has no close; its threads are daemons
        }
    }
}
