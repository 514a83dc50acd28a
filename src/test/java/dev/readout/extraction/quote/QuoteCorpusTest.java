package dev.readout.extraction.quote;

import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.people.ArticlePeople;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Quote attribution over the seed and dev corpus: writes {@code target/quotes-system/NAME.json} in the reference
 * scorer's system format (score with {@code python3 ../shared/eval/score.py
 * ../shared/corpus/seeds/gold,../shared/corpus/dev/gold target/quotes-system}) and holds a floor on statement F1.
 */
class QuoteCorpusTest {

    /** Just below what the attributor reaches; only goes up. */
    static final double FLOOR = 0.95;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void statementF1OnSeedsAndDevStaysAboveTheFloor() throws Exception {
        assumeTrue(CorpusArticles.present(), "the shared corpus is not beside the project (../shared/corpus)");
        Path out = Path.of("target", "quotes-system");
        Files.createDirectories(out);
        QuoteAttributor attributor = new QuoteAttributor();
        StatementScore score = new StatementScore();
        for (CorpusArticles.Article a : CorpusArticles.load()) {
            List<ExtractedStatement> statements = attributor.attribute(a.analyzed(), speakers(a));
            ObjectNode doc = JSON.createObjectNode();
            doc.putArray("calls");
            ArrayNode arr = doc.putArray("statements");
            List<StatementScore.Sys> sys = new ArrayList<>();
            for (ExtractedStatement st : statements) {
                ObjectNode n = arr.addObject();
                String speaker = st.speaker() == null ? null : st.speaker().name();
                n.put("speaker", speaker);
                n.put("speaker_text", st.speakerText());
                n.put("text", st.text());
                n.put("channel", st.channel() == null ? null : st.channel().name().toLowerCase(Locale.ROOT));
                n.put("date", st.date() == null ? null : st.date().toString());
                n.put("start", st.start());
                n.put("end", st.end());
                sys.add(new StatementScore.Sys(speaker, st.text()));
                assertThat(a.analyzed().text().substring(st.start(), st.end())).isEqualTo(st.text());
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve(a.name() + ".json").toFile(), doc);
            score.add(a.name(), gold(a.gold()), sys);
        }
        score.lines.forEach(System.out::println);
        System.out.println(score.summary());
        assertThat(score.f1()).isGreaterThanOrEqualTo(FLOOR);
    }

    /** Runs the corpus measure without Maven: {@code java -cp target/classes:target/test-classes:CP ...QuoteCorpusTest}. */
    public static void main(String[] args) throws Exception {
        new QuoteCorpusTest().statementF1OnSeedsAndDevStaysAboveTheFloor();
    }

    /** The article's people index (branch calls); {@code -Dquotes.resolver=nearest} measures with the stand-in. */
    private static SpeakerResolver speakers(CorpusArticles.Article a) {
        if ("nearest".equals(System.getProperty("quotes.resolver"))) {
            return new NearestMentionResolver(a.analyzed());
        }
        return ArticlePeople.index(a.analyzed());
    }

    private static List<StatementScore.Gold> gold(Path file) throws Exception {
        List<StatementScore.Gold> out = new ArrayList<>();
        JsonNode root = JSON.readTree(file.toFile());
        for (JsonNode st : root.path("statements")) {
            List<String> alts = new ArrayList<>();
            st.path("speaker_alternatives").forEach(n -> alts.add(n.asString()));
            out.add(new StatementScore.Gold(st.path("speaker").asString(), alts, st.path("quote_prefix").asString()));
        }
        return out;
    }
}
