package dev.readout.statement;

import dev.readout.participant.NameGoldCorpus;
import dev.readout.participant.NameGroups;
import dev.readout.participant.ParticipantKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The gold statements of the 25 articles, their full quotations read from the article text (from the gold prefix to
 * the closing quote mark), compared across articles: the same words by the same speaker are one statement.
 */
class QuotationMatcherDevGoldTest {

    record Quote(String id, String speaker, String text) {
    }

    @Test
    void sameQuotationsAcrossOutletsAreFound() throws IOException {
        assumeTrue(NameGoldCorpus.present(), "corpus not found");
        Map<String, String> speakerId = new HashMap<>();
        for (List<String> g : NameGroups.group(NameGoldCorpus.names(), ParticipantKind.PERSON)) {
            g.forEach(n -> speakerId.put(n, g.get(0)));
        }
        List<Quote> quotes = new ArrayList<>();
        for (NameGoldCorpus.GoldArticle a : NameGoldCorpus.articles()) {
            Path text = NameGoldCorpus.root().resolve((a.name().startsWith("d") ? "dev" : "seeds") + "/articles/" + a.name() + ".txt");
            String article = Files.readString(text);
            int i = 0;
            for (JsonNode s : a.gold().get("statements")) {
                String prefix = s.get("quote_prefix").asString();
                int at = article.indexOf(prefix);
                String full = prefix;
                if (at >= 0) {
                    int end = at + prefix.length();
                    while (end < article.length() && "”\"".indexOf(article.charAt(end)) < 0 && article.charAt(end) != '\n') {
                        end++;
                    }
                    full = article.substring(at, end);
                }
                quotes.add(new Quote(a.name() + "#" + i++, speakerId.get(s.get("speaker").asString()), full));
            }
        }
        Set<String> same = new TreeSet<>();
        for (int x = 0; x < quotes.size(); x++) {
            for (int y = x + 1; y < quotes.size(); y++) {
                Quote a = quotes.get(x), b = quotes.get(y);
                if (!a.id().split("#")[0].equals(b.id().split("#")[0])
                        && QuotationMatcher.sameStatement(a.speaker(), a.text(), b.speaker(), b.text())) {
                    same.add(a.id() + "=" + b.id());
                }
            }
        }
        System.out.println("dev gold statements: " + quotes.size() + " quotations; the same across articles: " + same);
        // Zelensky's tweet (d01, d02) and the White House readout's sentence on Babyn Yar (d01 inside d02's longer quote)
        assertThat(same).containsExactly("d01#0=d02#0", "d01#1=d02#2");
    }
}
