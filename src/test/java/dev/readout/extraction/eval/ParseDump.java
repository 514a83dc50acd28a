package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.ingest.ArticleText;

import java.nio.file.Files;
import java.nio.file.Path;

/** Dev aid: prints the parsed sentences of corpus articles (SET/NAME, e.g. wide/v004) or suite texts (suite:CallStages/id) with their arcs. */
public final class ParseDump {
    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            AnalyzedText a;
            if (arg.startsWith("suite:")) {
                // a written text of a stored-analysis suite: suite:CallStages/id
                String[] q = arg.substring(6).split("/");
                a = dev.readout.extraction.StoredAnalyses.suite(q[0]).get(q[1]);
            } else {
                String[] p = arg.split("/");
                Path f = CorpusFiles.ROOT.resolve(p[0]).resolve("articles").resolve(p[1] + ".txt");
                ArticleText text = ArticleText.of(Files.readString(f), null);
                a = AnalysisCache.get(p[0] + "-" + p[1], text.forExtraction(), text.publishedOn());
            }
            System.out.println("=== " + arg + " published " + a.publishedOn());
            for (AnalyzedText.Sentence s : a.sentences()) {
                if (!s.parsed()) {
                    continue;
                }
                StringBuilder sb = new StringBuilder("#" + s.index() + " ");
                for (int i = 0; i < s.tokens().size(); i++) {
                    AnalyzedText.Token t = s.tokens().get(i);
                    sb.append(i).append(':').append(t.word()).append('/').append(t.pos());
                    if (!t.ner().equals("O")) {
                        sb.append('/').append(t.ner());
                    }
                    sb.append(' ');
                }
                System.out.println(sb);
                StringBuilder arcs = new StringBuilder("   ");
                for (AnalyzedText.Arc arc : s.arcs()) {
                    if (!arc.relation().equals("punct") && !arc.relation().equals("det") && !arc.relation().equals("case")) {
                        arcs.append(arc.relation()).append('(').append(arc.governor()).append(',').append(arc.dependent()).append(") ");
                    }
                }
                System.out.println(arcs);
            }
        }
    }
}
