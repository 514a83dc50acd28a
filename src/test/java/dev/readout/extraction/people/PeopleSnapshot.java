package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.eval.AnalysisCache;
import dev.readout.extraction.eval.CorpusFiles;
import dev.readout.ingest.ArticleText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Dev aid: the people index of every open corpus article (seeds, dev, wide without the blind split, negatives) as
 * text, one file per set under {@code target/people/}, so a refactoring can be checked to change nothing (diff two
 * runs). Articles are read as the service reads them ({@link ArticleText}) from the shared analysis cache.
 * <pre>
 * java -Dreadout.analysis-cache=/work/analysis-cache -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     dev.readout.extraction.people.PeopleSnapshot [seeds,dev,wide,negatives]
 * </pre>
 */
public final class PeopleSnapshot {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("suite:")) {
            // a stored-analysis suite, printed: "suite:People [id]"
            dev.readout.extraction.StoredAnalyses suite = dev.readout.extraction.StoredAnalyses.suite(args[0].substring(6));
            for (String line : Files.readAllLines(Path.of("src/test/resources/analyses/" + args[0].substring(6) + ".texts"))) {
                String id = line.startsWith("## ") ? line.substring(3).strip().split("\\s+")[0] : null;
                if (id != null && (args.length < 2 || id.equals(args[1]))) {
                    describe(id, suite.get(id)).forEach(System.out::println);
                }
            }
            return;
        }
        Set<String> blind;
        try (Stream<String> lines = Files.lines(Path.of("eval/blind-split.txt"))) {
            blind = lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        }
        if (args.length > 0 && args[0].equals("timing")) {
            timing();
            return;
        }
        Path out = Path.of("target/people");
        Files.createDirectories(out);
        for (String set : (args.length > 0 ? args[0] : "seeds,dev,wide,negatives").split(",")) {
            List<Path> files;
            try (Stream<Path> s = Files.list(CorpusFiles.ROOT.resolve(set).resolve("articles"))) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            List<String> lines = new ArrayList<>();
            for (Path f : files) {
                String name = f.getFileName().toString().replace(".txt", "");
                if (set.equals("wide") && blind.contains(name)) {
                    continue; // the blind split is never read
                }
                ArticleText text = ArticleText.of(Files.readString(f), null);
                AnalyzedText a = AnalysisCache.get(set + "-" + name, text.forExtraction(), text.publishedOn());
                lines.addAll(describe(name, a));
            }
            Files.write(out.resolve(set + ".txt"), lines);
        }
    }

    /** Milliseconds per article to build the people index, over the open wide articles (after a warm-up round). */
    private static void timing() throws Exception {
        List<AnalyzedText> as = AnalysisCache.wideOpen();
        for (int r = 0; r < 4; r++) {
            long t0 = System.nanoTime();
            for (AnalyzedText a : as) {
                ArticlePeople.index(a);
            }
            System.out.printf("people index: %.2f ms per article%n", (System.nanoTime() - t0) / 1e6 / as.size());
        }
    }

    static List<String> describe(String name, AnalyzedText a) {
        ArticlePeople p = ArticlePeople.index(a);
        List<String> out = new ArrayList<>();
        out.add("######## " + name);
        for (ArticlePeople.Party party : p.parties()) {
            out.add("  " + party + " " + party.participant().aliases());
        }
        for (int i = 0; i < a.sentences().size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (ArticlePeople.Mention m : p.mentions(i)) {
                ArticlePeople.Party r = p.partyOf(m);
                sb.append(" {").append(m.kind()).append(':').append(m.text()).append('@').append(m.from()).append('-')
                        .append(m.to()).append('/').append(p.contextStart(m));
                if (m.title() != null) sb.append(" t=").append(m.title());
                if (m.family() != null) sb.append(" f=").append(m.family());
                if (m.country() != null) sb.append(" c=").append(m.country());
                if (m.plural()) sb.append(" pl");
                if (r != null) sb.append(" ->").append(r.name());
                sb.append('}');
            }
            if (sb.length() > 0) out.add("  #" + i + sb);
        }
        return out;
    }
}
