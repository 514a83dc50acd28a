package dev.readout.extraction.eval;

import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one loop behind every corpus figure: for each corpus article, the system's output in score.py's format is
 * written to {@code out/NAME.json} and scored against the gold with {@link GoldScorer}. What produces the output
 * (the extractor alone, or the stored records after ingest) is the caller's.
 */
public final class CorpusScoring {

    /** Produces score.py's system JSON for one article. */
    @FunctionalInterface
    public interface SystemOutput {
        Map<String, Object> of(String name, Path article) throws Exception;
    }

    private CorpusScoring() {
    }

    /** Scores every article whose name starts with {@code only} (null: all), printing score.py's lines and summary. */
    @SuppressWarnings("unchecked")
    public static GoldScorer.Totals score(Path out, String only, SystemOutput system) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Files.createDirectories(out);
        GoldScorer.Totals tot = new GoldScorer.Totals();
        for (Path f : CorpusFiles.articles()) {
            String name = f.getFileName().toString().replace(".txt", "");
            if (only != null && !name.startsWith(only)) {
                continue;
            }
            Map<String, Object> sys = system.of(name, f);
            Files.writeString(out.resolve(name + ".json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(sys));
            GoldScorer.score(name, json.readValue(Files.readString(CorpusFiles.gold(f)), Map.class), sys, tot);
        }
        tot.lines().forEach(System.out::println);
        System.out.println(tot.summary());
        return tot;
    }
}
