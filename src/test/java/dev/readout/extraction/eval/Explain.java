package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.LanguagePipeline;
import dev.readout.extraction.ReadoutExtractor;
import dev.readout.extraction.people.ArticlePeople;

import java.time.LocalDate;

/** Dev aid: java ... Explain "text" [yyyy-mm-dd] (add -Dreadout.debug=true for the call detector's trace). */
public final class Explain {
    public static void main(String[] args) {
        LocalDate pub = args.length > 1 ? LocalDate.parse(args[1]) : null;
        AnalyzedText a = LanguagePipeline.shared().analyze(args[0], pub);
        for (AnalyzedText.Sentence s : a.sentences()) {
            StringBuilder sb = new StringBuilder();
            for (AnalyzedText.Token t : s.tokens()) {
                sb.append(t.word()).append('/').append(t.pos()).append(t.ner().equals("O") ? "" : "/" + t.ner()).append(' ');
            }
            System.out.println(sb);
        }
        ArticlePeople p = ArticlePeople.index(a);
        p.parties().forEach(x -> System.out.println("  " + x));
        for (int i = 0; i < a.sentences().size(); i++) {
            for (ArticlePeople.Mention m : p.mentions(i)) {
                System.out.println("  #" + i + " " + m.kind() + ":" + m.text() + " -> " + p.partyOf(m));
            }
        }
        new ReadoutExtractor().extract(a).calls().forEach(c -> System.out.println(c));
    }
}
