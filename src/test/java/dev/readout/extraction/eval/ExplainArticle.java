package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.people.ArticlePeople;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Dev aid: tokens and people-index mentions of one corpus article's sentences, from the analysis cache.
 * Run: java -Dreadout.corpus=DIR -cp ... ExplainArticle NAME [SENTENCE...]
 */
public final class ExplainArticle {
    public static void main(String[] args) throws Exception {
        Path f = CorpusFiles.articles().stream().filter(p -> p.getFileName().toString().equals(args[0] + ".txt")).findFirst().orElseThrow();
        AnalyzedText a = AnalysisCache.get(args[0], Files.readString(f), CorpusFiles.published(f));
        ArticlePeople p = ArticlePeople.index(a);
        for (AnalyzedText.Sentence s : a.sentences()) {
            if (args.length > 1 && java.util.Arrays.stream(args, 1, args.length).noneMatch(x -> Integer.parseInt(x) == s.index())) {
                continue;
            }
            StringBuilder sb = new StringBuilder("#" + s.index() + " ");
            for (AnalyzedText.Token t : s.tokens()) {
                sb.append(t.word()).append('/').append(t.pos()).append(t.ner().equals("O") ? "" : "/" + t.ner()).append(' ');
            }
            System.out.println(sb);
            for (ArticlePeople.Mention m : p.mentions(s.index())) {
                System.out.println("   " + m.kind() + ":" + m.text() + " [" + m.from() + "," + m.to() + ") -> " + p.partyOf(m));
            }
        }
    }
}
