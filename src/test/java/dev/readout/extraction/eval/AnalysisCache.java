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

    /** The analyses of wide/ without the blind split (eval/blind-split.txt), in name order. */
    public static java.util.List<AnalyzedText> wideOpen() throws IOException {
        java.util.Set<String> blind = new java.util.HashSet<>(Files.readAllLines(Path.of("eval/blind-split.txt")).stream()
                .map(String::strip).toList());
        java.util.List<AnalyzedText> out = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> s = Files.list(CorpusFiles.ROOT.resolve("wide").resolve("articles"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".txt", "");
                if (!blind.contains(name)) {
                    dev.readout.ingest.ArticleText text = dev.readout.ingest.ArticleText.of(Files.readString(f), null);
                    out.add(get("wide-" + name, text.forExtraction(), text.publishedOn()));
                }
            }
        }
        return out;
    }
}
