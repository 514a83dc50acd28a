package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.eval.AnalysisCache;
import dev.readout.extraction.eval.CorpusFiles;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.ingest.ArticleText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dev aid: every statement of seeds, dev, wide (without the blind split) and negatives, one line each with all its
 * fields, into the file named by the first argument (and the trace into the second, if given); two dumps diffed show
 * what a change to the rules changed.
 */
public final class QuoteDump {

    private QuoteDump() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> blind = Files.readAllLines(Path.of("eval/blind-split.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        for (String set : List.of("seeds", "dev", "wide", "negatives")) {
            List<Path> files;
            try (var s = Files.list(CorpusFiles.ROOT.resolve(set).resolve("articles"))) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString().replace(".txt", "");
                if (set.equals("wide") && blind.contains(name)) {
                    continue;
                }
                ArticleText text = ArticleText.of(Files.readString(f), null);
                AnalyzedText a = AnalysisCache.get(set + "-" + name, text.forExtraction(), text.publishedOn());
                QuoteAttributor.Result r = new QuoteAttributor().run(a, ArticlePeople.index(a));
                r.trace().forEach(l -> trace.add(set + "/" + name + "\t" + l));
                for (ExtractedStatement st : r.statements()) {
                    out.add(set + "/" + name + "\t" + st.start() + "-" + st.end() + "\t"
                            + (st.speaker() == null ? null : st.speaker().name() + "|" + st.speaker().kind())
                            + "\t" + st.speakerText() + "\t" + st.channel() + "\t" + st.date() + "\t"
                            + st.text().replace("\n", " ").replace("\t", " "));
                }
            }
        }
        Files.write(Path.of(args[0]), out);
        if (args.length > 1) {
            Files.write(Path.of(args[1]), trace);
        }
        System.out.println(out.size() + " statements");
    }
}
