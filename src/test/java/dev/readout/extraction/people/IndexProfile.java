package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.eval.AnalysisCache;
import dev.readout.extraction.eval.CorpusFiles;
import dev.readout.ingest.ArticleText;
import dev.readout.lexicon.Gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Dev aid: time of each step of the people index over the open wide articles. */
public final class IndexProfile {
    public static void main(String[] args) throws Exception {
        List<AnalyzedText> as = AnalysisCache.wideOpen();
        long[] t = new long[7];
        for (int r = 0; r < 5; r++) {
            java.util.Arrays.fill(t, 0);
            for (AnalyzedText a : as) {
                long t0 = System.nanoTime();
                IndexDraft d = new IndexDraft(a, Gazetteer.shared());
                long t1 = System.nanoTime();
                List<NameSpans.Span> spans = NameSpans.find(a, d.marks);
                long t2 = System.nanoTime();
                NameClusters.run(d, spans);
                d.sortMentions();
                long t3 = System.nanoTime();
                NameRoles.annotate(d);
                long t4 = System.nanoTime();
                MentionFinder.run(d);
                long t5 = System.nanoTime();
                RoleStates.apply(d);
                d.sortMentions();
                long t6 = System.nanoTime();
                d.freeze();
                long t7 = System.nanoTime();
                t[0] += t1 - t0; t[1] += t2 - t1; t[2] += t3 - t2; t[3] += t4 - t3; t[4] += t5 - t4; t[5] += t6 - t5; t[6] += t7 - t6;
            }
            System.out.printf("marks %.2f spans %.2f clusters %.2f roles %.2f mentions %.2f roleStates %.2f freeze %.2f ms/article%n",
                    t[0] / 1e6 / as.size(), t[1] / 1e6 / as.size(), t[2] / 1e6 / as.size(), t[3] / 1e6 / as.size(),
                    t[4] / 1e6 / as.size(), t[5] / 1e6 / as.size(), t[6] / 1e6 / as.size());
        }
    }
}
