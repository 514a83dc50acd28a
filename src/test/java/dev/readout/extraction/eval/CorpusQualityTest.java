package dev.readout.extraction.eval;

import dev.readout.extraction.ReadoutExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Extraction quality on each set of the shared gold corpus, counted exactly as the reference scorer
 * {@code ../shared/eval/score.py} counts (see {@link GoldScorer}); the articles are read as the service reads them
 * ({@link dev.readout.ingest.ArticleText}: the header or dateline date, never the gold's). Prints the scorer's misses
 * and extras and its totals per set, writes the system output to {@code target/system/SET/NAME.json} (score.py's
 * format) and fails under the floors. Floors are what was measured and only go up.
 * <p>
 * seeds and dev are what the earlier rules were written on; wide is 150 articles from about 140 sites (30 of them the
 * round's blind split); negatives are 60 articles with call and meeting words and no diplomatic call, where every
 * call is invented. Run: {@code mvn -q -B test -Dtest=CorpusQualityTest}; cross-check with
 * {@code python3 ../shared/eval/score.py ../shared/corpus/wide/gold target/system/wide}.
 */
class CorpusQualityTest {

    @ParameterizedTest(name = "{0}")
    // set, calls F1, date accuracy, medium accuracy, statements F1, attempted/planned F1, most invented calls (negatives)
    // measured 2026-12-06, extractor version 7 (round 8), rounded down: seeds 1.0 / 1.0 / 1.0 / 1.0 / 0.667,
    // dev 0.889 / 0.909 / 0.88 / 1.0 / 0.600, wide 0.885 / 0.889 / 0.958 / 0.961 / 0.640, negatives 0 invented calls.
    // Date accuracy is counted over the matched calls only: round 8 matched 14 more wide calls (193 against 179) and
    // 1 more dev call, most of them with no day or a hard one, so the share fell (wide 0.912 -> 0.889, dev 1.0 ->
    // 0.909) while no date that was right before became wrong; those two floors are set to the new measure.
    // Round 13 (2026-12-06, late night): dev 0.923 / 0.909 / 0.88 / 1.0 / 0.600, wide 0.912 / 0.925 / 0.955 / 0.961 /
    // 0.750 (the wide medium share fell from 0.958: one more call matched, "discussed" with nothing to say how);
    // round 14: wide 0.914 / 0.925 / 0.955 / 0.961 / 0.800.
    @CsvSource({
            "seeds,     1.0,  1.0,  1.0,  1.0,  0.66, -1",
            "dev,       0.92, 0.90, 0.88, 1.0,  0.60, -1",
            "wide,      0.91, 0.92, 0.95, 0.96, 0.80, -1",
            "negatives, -1,   -1,   -1,   -1,   -1,   0"})
    @SuppressWarnings("unchecked")
    void extractionMeetsTheFloors(String set, double callsF1, double dateAcc, double mediumAcc, double statementsF1,
                                  double sideF1, int maxInvented) throws Exception {
        assumeTrue(CorpusFiles.present(set), "corpus set " + set + " not found under " + CorpusFiles.ROOT.toAbsolutePath()
                + ": its quality is not measured");
        ReadoutExtractor extractor = new ReadoutExtractor();
        JsonMapper json = JsonMapper.builder().build();
        Path out = Path.of("target/system").resolve(set);
        Files.createDirectories(out);
        GoldScorer.Totals tot = new GoldScorer.Totals();
        for (Path f : CorpusFiles.articles(List.of(set))) {
            String name = f.getFileName().toString().replace(".txt", "");
            Map<String, Object> sys = SystemJson.of(name, CorpusEval.extract(extractor, set, f, false));
            Files.writeString(out.resolve(name + ".json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(sys));
            GoldScorer.score(name, json.readValue(Files.readString(CorpusFiles.gold(f)), Map.class), sys, tot);
        }
        tot.lines().forEach(System.out::println);
        System.out.println(set + ": " + tot.summary());

        if (maxInvented >= 0) {
            assertThat(tot.callFp).as("diplomatic calls invented in " + set).isLessThanOrEqualTo(maxInvented);
            return;
        }
        assertThat(tot.calls()[2]).as(set + " calls F1").isGreaterThanOrEqualTo(callsF1);
        assertThat(tot.dateAccuracy() == null ? 1.0 : tot.dateAccuracy()).as(set + " call date accuracy").isGreaterThanOrEqualTo(dateAcc);
        assertThat(tot.mediumAccuracy() == null ? 1.0 : tot.mediumAccuracy()).as(set + " medium accuracy").isGreaterThanOrEqualTo(mediumAcc);
        assertThat(tot.statements()[2]).as(set + " statements F1").isGreaterThanOrEqualTo(statementsF1);
        if (sideF1 >= 0) {
            assertThat(tot.side()[2]).as(set + " attempted/planned F1").isGreaterThanOrEqualTo(sideF1);
        }
    }
}
