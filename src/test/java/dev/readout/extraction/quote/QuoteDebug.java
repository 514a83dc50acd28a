package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;

/** Prints the quotations and attributions of corpus articles whose names contain the argument (a debugging aid). */
public final class QuoteDebug {

    private QuoteDebug() {
    }

    public static void main(String[] args) throws Exception {
        for (CorpusArticles.Article a : CorpusArticles.load()) {
            if (!a.name().contains(args[0])) {
                continue;
            }
            String t = a.analyzed().text();
            System.out.println("== " + a.name());
            var spans = QuoteScanner.scan(t);
            for (QuoteScanner.Span sp : spans) {
                System.out.println("SPAN " + sp + " [" + t.substring(sp.start(), sp.end()).replace("\n", " ") + "]");
            }
            for (Attribution at : new AttributionFinder(a.analyzed(), spans).findAll()) {
                System.out.println("ATTR " + at + " [" + t.substring(at.anchorStart(), at.anchorEnd()) + "]");
            }
            if (args.length > 1) {
                for (AnalyzedText.Sentence s : a.analyzed().sentences()) {
                    StringBuilder b = new StringBuilder();
                    for (AnalyzedText.Token tok : s.tokens()) {
                        b.append(tok.word()).append('/').append(tok.pos()).append('/').append(tok.ner()).append(' ');
                    }
                    System.out.println("S" + s.index() + " " + b);
                }
            }
        }
    }
}
