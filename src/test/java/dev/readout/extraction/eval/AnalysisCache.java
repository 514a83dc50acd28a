package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.LanguagePipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Dev aid: the pipeline's output per corpus article, cached under target/analysis-cache so rule changes can be tried
 * in a second without reloading CoreNLP. Keyed by content and LanguagePipeline.VERSION.
 */
public final class AnalysisCache {

    /** Shared between checkouts with -Dreadout.analysis-cache=DIR; target/analysis-cache by default. */
    private static final Path DIR = Path.of(System.getProperty("readout.analysis-cache", "target/analysis-cache"));

    private AnalysisCache() {
    }

    public static AnalyzedText get(String name, String text, LocalDate published) throws IOException {
        // keyed by content too, so a change in what the extractor is handed (junk blanking, dates) is never served stale
        // and by the pipeline's version, so an analysis from an older pipeline is never read
        String key = LanguagePipeline.VERSION + "\n" + published + "\n" + text;
        Path f = DIR.resolve(name + "-" + Integer.toHexString(key.hashCode()) + ".tsv");
        if (Files.exists(f)) {
            return AnalysisCodec.load(text, published, Files.readAllLines(f));
        }
        AnalyzedText a = LanguagePipeline.shared().analyze(text, published);
        Files.createDirectories(DIR);
        Path tmp = Files.createTempFile(DIR, name, ".tmp");
        Files.write(tmp, AnalysisCodec.save(a));
        Files.move(tmp, f, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return a;
    }

}
