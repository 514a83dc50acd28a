package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.Extraction;
import dev.readout.extraction.ReadoutExtractor;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Dev loop: extracts every corpus article from the cached pipeline output (target/analysis-cache, filled on first
 * run), writes target/system/NAME.json in score.py's format and prints the scorer's misses, extras and totals.
 * Run: java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.readout.extraction.eval.CorpusRun [-v]
 */
public final class CorpusRun {

    public static void main(String[] args) throws Exception {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        String only = args.length > 1 ? args[1] : null;
        ReadoutExtractor extractor = new ReadoutExtractor();
        CorpusScoring.score(Path.of("target/system"), only, (name, f) -> {
            AnalyzedText a = AnalysisCache.get(name, Files.readString(f), CorpusFiles.published(f));
            Extraction x = extractor.extract(a);
            if (verbose) {
                System.out.println("== " + name);
                for (var c : x.calls()) {
                    System.out.println("   " + c.participants().stream().map(p -> p.name()).toList() + " " + c.date() + " "
                            + c.dateText() + " " + c.medium() + " " + c.status() + " ev=" + c.evidence().size());
                }
            }
            return SystemJson.of(name, x);
        });
    }
}
