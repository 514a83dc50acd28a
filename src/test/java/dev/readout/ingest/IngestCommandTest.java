package dev.readout.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ingest} command in-process, as {@code java -jar readout.jar ingest DIR} runs it: a directory of articles
 * into an embedded store on disk, then the same again (all duplicates), then a file with a bad line (exit code 1).
 */
class IngestCommandTest {

    record Run(int exitCode, String stderr) {
    }

    private static Run ingest(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "ingest";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = IngestCommand.run(all, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ingestsADirectoryWithProgressAndASecondRunFindsOnlyDuplicates(@TempDir Path tmp) throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("one.txt"), " date 2022-02-24 Foreign Minister Alpha spoke with "
                + "Foreign Minister Beta on Wednesday about the crisis.");
        Files.createDirectories(articles.resolve("more"));
        Files.writeString(articles.resolve("more/two.txt"), "President Gamma met President Delta in Paris.");
        Files.writeString(articles.resolve("batch.ndjson"), """
                {"text": "Minister Epsilon called Minister Zeta on Monday.", "url": "https://example.org/e", "publishedOn": "2022-03-01"}

                {"text": "Minister Eta visited Theta.", "title": "Eta", "source": "Wire"}
                """);
        Files.writeString(articles.resolve("notes.md"), "not an article");
        String store = "--readout.embedded.storage=" + tmp.resolve("data");

        Run first = ingest(articles.toString(), store);
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stderr()).contains("4 article(s) in 3 file(s)")
                .contains("4/4")
                .contains("Summary: 4 created, 0 duplicate, 0 failed");

        Run second = ingest(articles.toString(), store);
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(second.stderr()).contains("Summary: 0 created, 4 duplicate, 0 failed");

        Path bad = tmp.resolve("bad.ndjson");
        Files.writeString(bad, "{\"text\": \"Minister Iota phoned Minister Kappa.\"}\n{\"txt\": \"typo\"}\n");
        Run third = ingest(bad.toString(), articles.resolve("one.txt").toString(), store);
        assertThat(third.exitCode()).isEqualTo(1);
        assertThat(third.stderr()).contains("Summary: 1 created, 1 duplicate, 1 failed")
                .contains("bad.ndjson:2: ");
    }

    /**
     * Publication dates from a sidecar, the text's header, the --published-on default and NDJSON's publishedOn reach
     * the extractor: each article's "on Wednesday" becomes a dated call, and the one NDJSON line without a date is
     * what the summary counts as undated (article and call). A sidecar that holds no date fails its article only.
     */
    @Test
    void datesFromSidecarHeaderDefaultAndNdjsonAndTheSummaryCountsWhatHasNone(@TempDir Path tmp) throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("sidecar.txt"), call("Alpha", "Beta"));
        Files.writeString(articles.resolve("sidecar.txt.date"), "2022-02-24\n");
        Files.writeString(articles.resolve("header.txt"), " date 2022-01-05 " + call("Gamma", "Delta"));
        Files.writeString(articles.resolve("plain.txt"), call("Epsilon", "Zeta"));
        Files.writeString(articles.resolve("bad.txt"), call("Eta", "Theta"));
        Files.writeString(articles.resolve("bad.txt.date"), "24/02/2022");
        Files.writeString(articles.resolve("batch.ndjson"),
                "{\"text\": \"" + call("Iota", "Kappa") + "\", \"publishedOn\": \"2022-03-01\"}\n"
                        + "{\"text\": \"" + call("Lambda", "Mu") + "\"}\n");

        Run run = ingest(articles.toString(), "--published-on", "2022-03-10",
                "--readout.embedded.storage=" + tmp.resolve("data"));

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).contains("Summary: 5 created, 0 duplicate, 1 failed")
                .contains("bad.txt: bad.txt.date must hold one date as YYYY-MM-DD, e.g. 2024-03-05; found '24/02/2022'")
                .contains("Dates: 1 of 5 article(s) have no publication date; 1 of 5 call(s) they report have no date")
                .contains("FILE.txt.date");
    }

    /** A call between ministers of two states "on Wednesday": dated only when the article's publication date is known. */
    private static String call(String first, String second) {
        return "French Foreign Minister Jean " + first + " spoke by telephone with German Foreign Minister Anna "
                + second + " on Wednesday about the crisis.";
    }

    @Test
    void usageErrorsExitWith2() {
        Run badDate = ingest("/no/such/dir", "--published-on", "2022-02-30");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.stderr()).contains("--published-on must hold one date as YYYY-MM-DD");
        assertThat(ingest().exitCode()).isEqualTo(2);
        Run missing = ingest("/no/such/dir");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("no such file or directory");
    }
}
