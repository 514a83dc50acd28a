package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.eval.AnalysisCache;
import dev.readout.extraction.eval.CorpusFiles;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.ingest.ArticleText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dev aid: the quotations, attributions and statements of corpus articles (SET/NAME, e.g. wide/v004) beside the gold's
 * statements. Refuses the blind split (eval/blind-split.txt), whose articles are not to be read during the round.
 */
public final class QuoteExplain {

    private QuoteExplain() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> blind = Files.readAllLines(Path.of("eval/blind-split.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        boolean tokens = false;
        for (String arg : args) {
            if (arg.equals("--tokens")) {
                tokens = true;
                continue;
            }
            String[] p = arg.split("/");
            if (p[0].equals("wide") && blind.contains(p[1])) {
                System.out.println("=== " + arg + ": in the blind split, not shown");
                continue;
            }
            Path f = CorpusFiles.ROOT.resolve(p[0]).resolve("articles").resolve(p[1] + ".txt");
            ArticleText text = ArticleText.of(Files.readString(f), null);
            AnalyzedText a = AnalysisCache.get(p[0] + "-" + p[1], text.forExtraction(), text.publishedOn());
            String t = a.text();
            System.out.println("=== " + arg + " published " + a.publishedOn());
            var paragraphs = QuoteScanner.paragraphs(t);
            var spans = QuoteScanner.scan(t, paragraphs);
            for (QuoteScanner.Span sp : spans) {
                System.out.println("SPAN p" + sp.paragraph() + "-" + sp.endParagraph() + " " + sp.start() + " ["
                        + t.substring(sp.start(), sp.end()).replace("\n", " ⏎ ") + "]");
            }
            for (Attribution at : new AttributionFinder(a, spans).findAll()) {
                System.out.println("ATTR s" + at.sentence() + " " + at.form() + (at.weak() ? " weak" : "")
                        + (at.person() ? " person" : "") + (at.organization() ? " org" : "") + " '" + at.speakerText()
                        + "' " + at.verb() + " [" + t.substring(at.anchorStart(), at.anchorEnd()) + "]");
            }
            ArticlePeople people = ArticlePeople.index(a);
            QuoteAttributor.Result r = new QuoteAttributor().run(a, people);
            r.trace().forEach(l -> System.out.println("TRACE " + l));
            for (ExtractedStatement st : r.statements()) {
                System.out.println("STMT " + (st.speaker() == null ? null : st.speaker().name()) + " <- '"
                        + st.speakerText() + "' " + st.channel() + " " + st.date() + " ["
                        + abbreviate(st.text()) + "]");
            }
            Path gold = CorpusFiles.ROOT.resolve(p[0]).resolve("gold").resolve(p[1] + ".json");
            boolean in = false;
            for (String line : Files.readAllLines(gold)) {
                in |= line.contains("\"statements\"");
                if (in && (line.contains("\"speaker") || line.contains("quote_prefix") || line.contains("channel"))) {
                    System.out.println("GOLD " + line.strip());
                }
            }
            if (tokens) {
                for (AnalyzedText.Sentence s : a.sentences()) {
                    StringBuilder b = new StringBuilder();
                    for (AnalyzedText.Token tok : s.tokens()) {
                        b.append(tok.word()).append('/').append(tok.pos()).append('/').append(tok.ner()).append(' ');
                    }
                    System.out.println("S" + s.index() + " " + b);
                }
            }
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", " ⏎ ");
        return one.length() > 90 ? one.substring(0, 90) + "…" : one;
    }
}
