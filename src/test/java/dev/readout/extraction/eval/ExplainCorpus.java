package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.call.CallStages;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.ingest.ArticleText;

import java.nio.file.Files;
import java.nio.file.Path;

/** Dev aid: the call stages' trace, the calls and the gold's calls for corpus articles (SET/NAME, e.g. wide/v004). */
public final class ExplainCorpus {
    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            if (arg.startsWith("suite:")) {
                // a written text of a stored-analysis suite: suite:CallStages/id
                String[] q = arg.substring(6).split("/");
                AnalyzedText a = dev.readout.extraction.StoredAnalyses.suite(q[0]).get(q[1]);
                ArticlePeople people = ArticlePeople.index(a);
                people.parties().forEach(x -> System.out.println("  party " + x));
                CallStages.Result r = CallStages.run(a, people);
                r.trace().forEach(System.out::println);
                r.calls().forEach(c -> System.out.println("  " + c.participants().stream().map(x -> x.name()).toList()
                        + " " + c.date() + " " + c.medium() + " " + c.status()));
                continue;
            }
            String[] p = arg.split("/");
            Path f = CorpusFiles.ROOT.resolve(p[0]).resolve("articles").resolve(p[1] + ".txt");
            ArticleText text = ArticleText.of(Files.readString(f), null);
            AnalyzedText a = AnalysisCache.get(p[0] + "-" + p[1], text.forExtraction(), text.publishedOn());
            ArticlePeople people = ArticlePeople.index(a);
            CallStages.Result r = CallStages.run(a, people);
            System.out.println("=== " + arg + " published " + text.publishedOn());
            people.parties().forEach(x -> System.out.println("  party " + x));
            r.trace().forEach(System.out::println);
            System.out.println("--- calls");
            r.calls().forEach(c -> System.out.println("  " + c.participants().stream().map(x -> x.name()).toList() + " "
                    + c.date() + " '" + c.dateText() + "' " + c.medium() + " " + c.status()));
            System.out.println("--- gold");
            Path gold = CorpusFiles.ROOT.resolve(p[0]).resolve("gold").resolve(p[1] + ".json");
            for (String line : Files.readAllLines(gold)) {
                if (line.contains("\"participants\"") || line.contains("\"date\"") || line.contains("\"status\"")
                        || line.contains("\"evidence\"") || line.trim().startsWith("\"") && !line.contains(":")) {
                    System.out.println("  " + line.trim());
                }
            }
        }
    }
}
