package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ReadoutExtractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Dev aid: time of Readout's own rules (people, dates, calls, quotes) over cached pipeline output. */
public final class RulesTiming {
    public static void main(String[] args) throws Exception {
        List<AnalyzedText> as = new ArrayList<>();
        for (Path f : CorpusFiles.articles()) {
            String name = f.getFileName().toString().replace(".txt", "");
            as.add(AnalysisCache.get(name, Files.readString(f), CorpusFiles.published(f)));
        }
        ReadoutExtractor x = new ReadoutExtractor();
        for (int r = 0; r < 3; r++) {
            long t0 = System.nanoTime();
            for (AnalyzedText a : as) {
                x.extract(a);
            }
            System.out.printf("rules: %.1f ms per article%n", (System.nanoTime() - t0) / 1e6 / as.size());
        }
    }
}
