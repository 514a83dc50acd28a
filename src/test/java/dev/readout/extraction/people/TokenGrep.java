package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.extraction.eval.AnalysisCache;
import dev.readout.extraction.eval.CorpusFiles;
import dev.readout.ingest.ArticleText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Dev aid: the tokens (word/POS/NER) of every open corpus sentence that contains a string, to see how the pipeline
 * cut a name or a title. Never reads the blind split. Args: SET STRING.
 */
public final class TokenGrep {

    public static void main(String[] args) throws Exception {
        Set<String> blind;
        try (Stream<String> lines = Files.lines(Path.of("eval/blind-split.txt"))) {
            blind = lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        }
        String set = args[0];
        try (Stream<Path> s = Files.list(CorpusFiles.ROOT.resolve(set).resolve("articles"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".txt", "");
                if (set.equals("wide") && blind.contains(name)) {
                    continue;
                }
                ArticleText text = ArticleText.of(Files.readString(f), null);
                AnalyzedText a = AnalysisCache.get(set + "-" + name, text.forExtraction(), text.publishedOn());
                for (Sentence sent : a.sentences()) {
                    if (sent.text(a.text()).contains(args[1])) {
                        StringBuilder sb = new StringBuilder(name + " #" + sent.index() + ":");
                        for (Token t : sent.tokens()) {
                            sb.append(' ').append(t.word()).append('/').append(t.pos());
                            if (!"O".equals(t.ner())) sb.append('/').append(t.ner());
                        }
                        System.out.println(sb);
                    }
                }
            }
        }
    }
}
