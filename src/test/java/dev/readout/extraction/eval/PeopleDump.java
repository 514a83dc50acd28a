package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.people.ArticlePeople;

import java.nio.file.Files;
import java.nio.file.Path;

/** Dev aid: prints each corpus article's people index (parties, then mentions by sentence). */
public final class PeopleDump {
    public static void main(String[] args) throws Exception {
        for (Path f : CorpusFiles.articles()) {
            String name = f.getFileName().toString().replace(".txt", "");
            if (args.length > 0 && !name.startsWith(args[0])) {
                continue;
            }
            String text = Files.readString(f);
            AnalyzedText a = AnalysisCache.get(name, text, CorpusFiles.published(f));
            ArticlePeople p = ArticlePeople.index(a);
            System.out.println("######## " + name);
            for (ArticlePeople.Party party : p.parties()) {
                System.out.println("  " + party + " " + party.participant().aliases());
            }
            for (int i = 0; i < a.sentences().size(); i++) {
                StringBuilder sb = new StringBuilder();
                for (ArticlePeople.Mention m : p.mentions(i)) {
                    ArticlePeople.Party r = p.partyOf(m);
                    sb.append(" {").append(m.kind()).append(':').append(m.text());
                    if (m.title() != null) sb.append(" t=").append(m.title());
                    if (m.country() != null) sb.append(" c=").append(m.country());
                    if (m.kind() != ArticlePeople.Kind.NAME && r != null) sb.append(" ->").append(r.name());
                    sb.append('}');
                }
                if (sb.length() > 0) System.out.println("  #" + i + sb);
            }
        }
    }
}
