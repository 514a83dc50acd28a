package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.Extraction;
import dev.readout.extraction.ReadoutExtractor;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Dev loop: extracts every corpus article from the cached pipeline output (target/analysis-cache, filled on first
 * run), writes target/system/NAME.json in score.py's format and prints the scorer's misses, extras and totals.
 * Run: java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.readout.extraction.eval.CorpusRun [-v]
 */
public final class CorpusRun {

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        String only = args.length > 1 ? args[1] : null;
        JsonMapper json = JsonMapper.builder().build();
        ReadoutExtractor extractor = new ReadoutExtractor();
        Path out = Path.of("target/system");
        Files.createDirectories(out);
        GoldScorer.Totals tot = new GoldScorer.Totals();
        for (Path f : CorpusFiles.articles()) {
            String name = f.getFileName().toString().replace(".txt", "");
            if (only != null && !name.startsWith(only)) {
                continue;
            }
            String text = Files.readString(f);
            AnalyzedText a = AnalysisCache.get(name, text, CorpusFiles.published(f));
            Extraction x = extractor.extract(a);
            Map<String, Object> sys = SystemJson.of(name, x);
            Files.writeString(out.resolve(name + ".json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(sys));
            Map<String, Object> gold = json.readValue(Files.readString(CorpusFiles.gold(f)), Map.class);
            GoldScorer.score(name, gold, sys, tot);
            if (verbose) {
                System.out.println("== " + name);
                for (var c : x.calls()) {
                    System.out.println("   " + c.participants().stream().map(p -> p.name()).toList() + " " + c.date() + " "
                            + c.dateText() + " " + c.medium() + " " + c.status() + " ev=" + c.evidence().size());
                }
            }
        }
        tot.lines().forEach(System.out::println);
        System.out.println(tot.summary());
    }
}
