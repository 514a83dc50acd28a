package dev.readout.extraction.call;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.StoredAnalyses;

/** Dev aid: tokens and arcs of texts of a stored-analysis suite. */
public final class SuiteParse {
    public static void main(String[] args) {
        StoredAnalyses suite = StoredAnalyses.suite(args[0]);
        for (int i = 1; i < args.length; i++) {
            for (AnalyzedText.Sentence s : suite.get(args[i]).sentences()) {
                StringBuilder sb = new StringBuilder("#" + s.index());
                for (int k = 0; k < s.tokens().size(); k++) {
                    sb.append(' ').append(k).append(':').append(s.tokens().get(k).word()).append('/').append(s.tokens().get(k).pos());
                }
                System.out.println(sb);
                StringBuilder arcs = new StringBuilder("   ");
                s.arcs().forEach(a -> arcs.append(' ').append(a.relation()).append('(').append(a.governor()).append(',').append(a.dependent()).append(')'));
                System.out.println(arcs);
            }
        }
    }
}
