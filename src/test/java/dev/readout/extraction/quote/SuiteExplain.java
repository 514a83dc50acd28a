package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.StoredAnalyses;
import dev.readout.extraction.people.ArticlePeople;

/** Dev aid: the attributions and the trace of texts of a stored suite (SUITE ID...), without a model. */
public final class SuiteExplain {

    private SuiteExplain() {
    }

    public static void main(String[] args) {
        StoredAnalyses suite = StoredAnalyses.suite(args[0]);
        for (int i = 1; i < args.length; i++) {
            AnalyzedText a = suite.get(args[i]);
            System.out.println("=== " + args[i]);
            var spans = QuoteScanner.scan(a.text());
            new AttributionFinder(a, spans).findAll().forEach(x -> System.out.println("ATTR " + x));
            new QuoteAttributor().run(a, ArticlePeople.index(a)).trace().forEach(l -> System.out.println("TRACE " + l));
            for (AnalyzedText.Sentence s : a.sentences()) {
                StringBuilder b = new StringBuilder();
                s.tokens().forEach(t -> b.append(t.word()).append('/').append(t.pos()).append('/').append(t.ner()).append(' '));
                System.out.println("S" + s.index() + " " + b);
            }
        }
    }
}
