package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.Extraction;
import dev.readout.extraction.ReadoutExtractor;
import dev.readout.ingest.ArticleText;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Dev loop over the shared corpus as the service reads it: each article goes through {@link ArticleText} (header or
 * dateline date, junk blanked; never the gold's date), the cached analysis and the extractor, and its output in
 * score.py's format is written to {@code target/eval/SET/NAME.json}. Score with {@code eval/score-sets.py}.
 * <p>
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.readout.extraction.eval.CorpusEval
 * [seeds,dev,wide,negatives]}
 */
public final class CorpusEval {

    public static void main(String[] args) throws Exception {
        List<String> sets = List.of((args.length > 0 ? args[0] : "seeds,dev,wide,negatives").split(","));
        ReadoutExtractor extractor = new ReadoutExtractor();
        JsonMapper json = JsonMapper.builder().build();
        for (String set : sets) {
            Path out = Path.of("target/eval").resolve(set);
            Files.createDirectories(out);
            List<Path> files = CorpusFiles.articles(List.of(set));
            for (Path f : files) {
                String name = f.getFileName().toString().replace(".txt", "");
                Files.writeString(out.resolve(name + ".json"), json.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(SystemJson.of(name, extract(extractor, set, f, true))));
            }
            System.out.println(set + ": " + files.size() + " articles -> " + out);
        }
    }

    /**
     * One article read as the service reads it: {@link ArticleText} (header or dateline date, junk blanked; never
     * the gold's date), then the extractor; with {@code cached}, the pipeline's output comes from the analysis cache.
     */
    public static Extraction extract(ReadoutExtractor extractor, String set, Path article, boolean cached) throws Exception {
        String name = article.getFileName().toString().replace(".txt", "");
        ArticleText text = ArticleText.of(Files.readString(article), null);
        if (!cached) {
            return extractor.extract(text.forExtraction(), text.publishedOn());
        }
        AnalyzedText a = AnalysisCache.get(set + "-" + name, text.forExtraction(), text.publishedOn());
        return extractor.extract(a);
    }
}
