package dev.readout.extraction.call;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.StoredAnalyses;
import dev.readout.extraction.people.ArticlePeople;

/**
 * Dev aid: the call stages' trace and calls for texts of a stored-analysis suite, no model loaded.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.readout.extraction.call.SuiteTrace SUITE ID...}
 */
public final class SuiteTrace {
    public static void main(String[] args) {
        StoredAnalyses suite = StoredAnalyses.suite(args[0]);
        for (int i = 1; i < args.length; i++) {
            AnalyzedText a = suite.get(args[i]);
            ArticlePeople people = ArticlePeople.index(a);
            System.out.println("=== " + args[i] + " published " + a.publishedOn());
            people.parties().forEach(x -> System.out.println("  party " + x));
            CallStages.Result r = CallStages.run(a, people);
            r.trace().forEach(System.out::println);
            r.calls().forEach(c -> System.out.println("  -> " + c.participants().stream().map(x -> x.name()).toList()
                    + " " + c.date() + " " + c.datePrecision() + " '" + c.dateText() + "' " + c.status()));
        }
    }
}
