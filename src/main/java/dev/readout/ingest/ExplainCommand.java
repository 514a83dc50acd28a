package dev.readout.ingest;

import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.ReadoutExtractor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code java -jar readout.jar ingest --explain FILE…}: reads each article as ingest would (its date as
 * {@link TxtArticleDate} gives it,
 * page junk blanked) and prints what the extractor finds in it and why — the article's people with their offices and
 * states, one trace entry per trigger word read (which rule placed each party, the status, medium and date rules,
 * the diplomatic test's verdict), then the calls and statements. Stores nothing and opens no port.
 */
final class ExplainCommand {

    private ExplainCommand() {
    }

    static int run(List<Path> files, LocalDate fallback, PrintStream out, PrintStream err) {
        ReadoutExtractor extractor = new ReadoutExtractor();
        int status = 0;
        for (Path f : files) {
            String raw;
            try {
                raw = Files.readString(f);
            } catch (IOException e) {
                err.println("readout ingest --explain: cannot read " + f + ": " + e.getMessage());
                status = 1;
                continue;
            }
            ArticleText text;
            try {
                text = ArticleText.of(raw, TxtArticleDate.of(f, raw, fallback));
            } catch (IllegalArgumentException e) {
                err.println("readout ingest --explain: " + f + ": " + e.getMessage());
                status = 1;
                continue;
            }
            ReadoutExtractor.Explanation x = extractor.explain(text.forExtraction(), text.publishedOn());
            out.println("=== " + f + " (published " + (text.publishedOn() == null ? "unknown" : text.publishedOn()) + ")");
            out.println("people:");
            x.people().forEach(p -> out.println("  " + p));
            out.println("readings (#sentence 'trigger' class/frame, then each rule's finding):");
            x.trace().forEach(t -> out.println("  " + t.replace("\n", "\n  ")));
            out.println("calls:");
            for (ExtractedCall c : x.extraction().calls()) {
                out.println("  " + c.participants().stream().map(ExtractedParticipant::name).collect(Collectors.joining(" + "))
                        + " | " + (c.date() == null ? "no day" : c.date()) + " (" + c.datePrecision()
                        + (c.dateText() == null ? "" : ", '" + c.dateText() + "'") + ") | " + c.medium() + " | " + c.status());
                c.evidence().forEach(e -> out.println("      \"" + e.sentence().replace('\n', ' ').strip() + "\""));
            }
            out.println("statements:");
            for (ExtractedStatement s : x.extraction().statements()) {
                out.println("  " + (s.speaker() == null ? "(unattributed)" : s.speaker().name()) + " [" + s.channel() + "]: "
                        + s.text().replace('\n', ' '));
            }
        }
        return status;
    }
}
