package dev.readout.ingest;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A progress bar on a terminal: {@code [#########-----------]  12/40  30%  3.1/s  0:09 left}, redrawn in place at most
 * five times a second. When the output is not a terminal (a log file, CI), a plain line every ten seconds instead.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long total;
    private final boolean interactive;
    private final long startedNanos = System.nanoTime();
    private long lastDrawNanos;
    private int lastLength;
    private long lastDone = -1;

    Progress(PrintStream out, long total, boolean interactive) {
        this.out = out;
        this.total = total;
        this.interactive = interactive;
    }

    void update(long done, String current) {
        long now = System.nanoTime();
        long every = interactive ? 200_000_000L : 10_000_000_000L;
        if ((done < total && now - lastDrawNanos < every) || (!interactive && done == lastDone && lastDrawNanos > 0)) {
            return;
        }
        lastDone = done;
        lastDrawNanos = now;
        String line = line(done, now, current);
        if (interactive) {
            String pad = " ".repeat(Math.max(0, lastLength - line.length()));
            out.print("\r" + line + pad);
            lastLength = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the bar's line, so what follows starts on its own. */
    void finish() {
        if (interactive && lastLength > 0) {
            out.println();
        }
        out.flush();
    }

    String line(long done, long nowNanos, String current) {
        double seconds = Math.max(1e-9, (nowNanos - startedNanos) / 1e9);
        double rate = done / seconds;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        StringBuilder b = new StringBuilder();
        b.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
        b.append(done).append('/').append(total);
        b.append(String.format("  %3d%%", total == 0 ? 100 : (int) (100 * done / total)));
        b.append(String.format("  %.1f/s", rate));
        if (done > 0 && done < total) {
            b.append("  ").append(clock((long) ((total - done) / rate))).append(" left");
        } else {
            b.append("  ").append(clock((long) seconds)).append(" elapsed");
        }
        if (interactive && current != null && done < total) {
            String c = current.length() > 30 ? "…" + current.substring(current.length() - 29) : current;
            b.append("  ").append(c);
        }
        return b.toString();
    }

    /** Rate and time taken so far, for the summary. */
    String totals(long done) {
        double seconds = Math.max(1e-9, (System.nanoTime() - startedNanos) / 1e9);
        return String.format("%.1f/s, %s", done / seconds, clock((long) seconds));
    }

    static String clock(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return d.toHours() > 0
                ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
