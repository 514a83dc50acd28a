package dev.readout.extraction.eval;

import dev.readout.extraction.ReadoutExtractor;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Extraction quality over the shared gold corpus (seeds + dev), counted exactly as the reference scorer
 * {@code /work/shared/eval/score.py} counts (see {@link GoldScorer}). Prints the scorer's per-article misses and
 * extras and its totals, writes the system output to {@code target/system/NAME.json} (score.py's format), and fails
 * under the floors below. Floors only go up.
 * <p>
 * Run: {@code mvn -q -B test -Dtest=CorpusQualityTest -Dsurefire.heap=-Xmx3g}; cross-check with
 * {@code python3 /work/shared/eval/score.py /work/shared/corpus/seeds/gold,/work/shared/corpus/dev/gold target/system}.
 * The corpus is read from {@code ../shared/corpus} (override with {@code -Dreadout.corpus=DIR}).
 */
class CorpusQualityTest {

    // measured 2026-11-21 on seeds+dev: calls 1.0/1.0/1.0, date 1.0, medium 1.0 (held-out articles will score lower)
    static final double CALLS_F1_FLOOR = 0.95;
    static final double DATE_ACCURACY_FLOOR = 0.95;
    static final double MEDIUM_ACCURACY_FLOOR = 0.95;
    // statements measured 2026-11-21 after merging quote attribution with the people index: 1.0 (91/91)
    static final double STATEMENTS_F1_FLOOR = 0.95;

    @Test
    void extractionMeetsTheFloorsOnTheGoldCorpus() throws Exception {
        assumeTrue(CorpusFiles.present(), "gold corpus not found at " + CorpusFiles.ROOT.toAbsolutePath()
                + " (seeds/ and dev/ with articles/ and gold/): corpus quality not measured");
        ReadoutExtractor extractor = new ReadoutExtractor();
        GoldScorer.Totals tot = CorpusScoring.score(Path.of("target/system"), null, (name, f) ->
                SystemJson.of(name, extractor.extract(Files.readString(f), CorpusFiles.published(f))));

        assertThat(tot.calls()[2]).as("calls F1").isGreaterThanOrEqualTo(CALLS_F1_FLOOR);
        assertThat(tot.dateAccuracy()).as("call date accuracy").isGreaterThanOrEqualTo(DATE_ACCURACY_FLOOR);
        assertThat(tot.mediumAccuracy()).as("call medium accuracy").isGreaterThanOrEqualTo(MEDIUM_ACCURACY_FLOOR);
        assertThat(tot.statements()[2]).as("statements F1").isGreaterThanOrEqualTo(STATEMENTS_F1_FLOOR);
    }
}
