package dev.readout.bench;

import dev.readout.ReadoutApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real application ({@link ReadoutApplication}) in its own JVM, as a user runs it: on a store directory (or
 * {@code MONGODB_URI}), a port in 18100-18199, an explicit heap, the sample articles off, output to a log file.
 */
public final class ForkedServer implements AutoCloseable {

    public static final String KEY = "bench-key";
    static final String TYPENAME = "{\"query\":\"{ __typename }\"}";

    private final Process process;
    private final int port;
    private final Path log;
    private final long launchedAt;

    private ForkedServer(Process process, int port, Path log, long launchedAt) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.launchedAt = launchedAt;
    }

    /**
     * @param storage   store directory, or null with {@code mongoUri} set
     * @param mongoUri  a real MongoDB, or null
     * @param preload   {@code readout.models.preload}: false for runs that only read, so the models' background
     *                  load neither takes a core nor 1.5 GB of heap during the measurement
     */
    public static ForkedServer start(Path storage, String mongoUri, String heap, boolean preload, Path log,
                                     String... extra) throws IOException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, heap, "-XX:+UseParallelGC",
                "-cp", classpath(), ReadoutApplication.class.getName(),
                "--server.port=" + port, "--readout.api-key=" + KEY,
                "--readout.models.preload=" + preload, "--spring.main.banner-mode=off"));
        if (Arrays.stream(extra).noneMatch(a -> a.startsWith("--readout.samples.enabled="))) {
            cmd.add("--readout.samples.enabled=false");
        }
        if (storage != null) {
            cmd.add("--readout.embedded.storage=" + storage.toAbsolutePath());
        }
        cmd.addAll(List.of(extra));
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        if (mongoUri != null) {
            env.put("MONGODB_URI", mongoUri);
        } else {
            env.remove("MONGODB_URI");
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        return new ForkedServer(p, port, log, t0);
    }

    /**
     * The suite's class path, with {@code -Dbench.server.classes=DIR} (compiled main classes of another version, for
     * before/after figures) ahead of it when set.
     */
    static String classpath() {
        String before = System.getProperty("bench.server.classes");
        String cp = System.getProperty("java.class.path");
        return before == null || before.isBlank() ? cp : Path.of(before).toAbsolutePath() + java.io.File.pathSeparator + cp;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** CPU time the server process has used so far, in ms. */
    public long cpuMillis() {
        return process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /** Waits for the first 200 answer to {@code { __typename }} on POST /graphql; seconds since launch. */
    public double awaitFirstAnswer(int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Readout exited with " + process.exitValue() + "; see " + log);
            }
            try (LoadDriver.RawClient c = new LoadDriver.RawClient("127.0.0.1", port)) {
                LoadDriver.Answer a = c.send(LoadDriver.Request.graphql(TYPENAME));
                if (a.status() == 200 && a.body().contains("\"Query\"")) {
                    return (System.nanoTime() - launchedAt) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(25);
        }
        throw new IllegalStateException("Readout did not answer within " + timeoutSeconds + " s; see " + log);
    }

    /** Waits for a line of the server's log containing {@code text}; seconds since launch. */
    public double awaitLog(String text, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Readout exited with " + process.exitValue() + "; see " + log);
            }
            if (Files.exists(log) && Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
                return (System.nanoTime() - launchedAt) / 1e9;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("'" + text + "' not logged within " + timeoutSeconds + " s; see " + log);
    }

    /** Waits for {@code /actuator/health/readiness} to answer 200 (models loaded, store reachable); seconds since launch. */
    public double awaitReady(int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Readout exited with " + process.exitValue() + "; see " + log);
            }
            try (LoadDriver.RawClient c = new LoadDriver.RawClient("127.0.0.1", port)) {
                if (c.send(new LoadDriver.Request("GET", "/actuator/health/readiness", null)).status() == 200) {
                    return (System.nanoTime() - launchedAt) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Readout not ready within " + timeoutSeconds + " s; see " + log);
    }

    /** Heap in use in the server after a full GC, in MB (jcmd GC.run, then GC.heap_info), or -1 when jcmd fails. */
    public double heapAfterGcMb() {
        try {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            new ProcessBuilder(jcmd, Long.toString(pid()), "GC.run").redirectErrorStream(true).start().waitFor(60,
                    TimeUnit.SECONDS);
            Process p = new ProcessBuilder(jcmd, Long.toString(pid()), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(60, TimeUnit.SECONDS);
            // ParallelGC: "PSYoungGen total 123K, used 45K ..." and "ParOldGen total ..., used 678K"
            double usedK = 0;
            var m = java.util.regex.Pattern.compile("(PSYoungGen|ParOldGen)\\s+total \\d+K, used (\\d+)K").matcher(out);
            boolean any = false;
            while (m.find()) {
                usedK += Long.parseLong(m.group(2));
                any = true;
            }
            return any ? usedK / 1024 : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A free port in 18100-18199. */
    static int freePort() throws IOException {
        int start = 18100 + (int) (ProcessHandle.current().pid() % 100);
        for (int i = 0; i < 100; i++) {
            int port = 18100 + (start - 18100 + i) % 100;
            try (ServerSocket s = new ServerSocket(port)) {
                s.setReuseAddress(true);
                return port;
            } catch (IOException busy) {
                // next
            }
        }
        throw new IOException("no free port in 18100-18199");
    }
}
