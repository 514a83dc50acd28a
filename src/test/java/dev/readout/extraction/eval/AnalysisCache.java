package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.LanguagePipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dev aid: the pipeline's output per corpus article, cached under target/analysis-cache so rule changes can be tried
 * in a second without reloading CoreNLP. Stale when LanguagePipeline changes: delete the folder.
 */
public final class AnalysisCache {

    private static final Path DIR = Path.of("target/analysis-cache");

    private AnalysisCache() {
    }

    public static AnalyzedText get(String name, String text, LocalDate published) throws IOException {
        // keyed by content too, so a change in what the extractor is handed (junk blanking, dates) is never served stale
        Path f = DIR.resolve(name + "-" + Integer.toHexString((text + published).hashCode()) + ".tsv");
        if (Files.exists(f)) {
            return load(text, published, Files.readAllLines(f));
        }
        AnalyzedText a = LanguagePipeline.shared().analyze(text, published);
        Files.createDirectories(DIR);
        Files.write(f, save(a));
        return a;
    }

    private static String n(String s) {
        return s == null ? "\u0000" : s;
    }

    private static String u(String s) {
        return s.equals("\u0000") ? null : s;
    }

    static List<String> save(AnalyzedText a) {
        List<String> out = new ArrayList<>();
        for (AnalyzedText.Sentence s : a.sentences()) {
            out.add("S\t" + s.index() + "\t" + s.start() + "\t" + s.end());
            for (AnalyzedText.Token t : s.tokens()) {
                out.add(String.join("\t", "T", t.word(), "" + t.start(), "" + t.end(), n(t.pos()), n(t.lemma()), n(t.ner()), n(t.normalized())));
            }
        }
        for (AnalyzedText.Entity e : a.entities()) {
            out.add(String.join("\t", "E", e.type(), "" + e.start(), "" + e.end(), "" + e.sentence(), n(e.normalized())));
        }
        return out;
    }

    static AnalyzedText load(String text, LocalDate published, List<String> lines) {
        List<AnalyzedText.Sentence> sentences = new ArrayList<>();
        List<AnalyzedText.Entity> entities = new ArrayList<>();
        int[] cur = null;
        List<AnalyzedText.Token> toks = null;
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            switch (c[0]) {
                case "S" -> {
                    if (cur != null) {
                        sentences.add(new AnalyzedText.Sentence(cur[0], cur[1], cur[2], toks));
                    }
                    cur = new int[]{Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3])};
                    toks = new ArrayList<>();
                }
                case "T" -> toks.add(new AnalyzedText.Token(c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]), u(c[4]), u(c[5]), u(c[6]), u(c[7])));
                case "E" -> {
                    int s = Integer.parseInt(c[2]), e = Integer.parseInt(c[3]);
                    entities.add(new AnalyzedText.Entity(text.substring(s, e), c[1], s, e, Integer.parseInt(c[4]), u(c[5])));
                }
                default -> { }
            }
        }
        if (cur != null) {
            sentences.add(new AnalyzedText.Sentence(cur[0], cur[1], cur[2], toks));
        }
        return new AnalyzedText(text, published, sentences, entities);
    }
}
