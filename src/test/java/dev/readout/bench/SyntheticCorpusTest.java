package dev.readout.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.readout.article.Article;
import dev.readout.call.Call;
import dev.readout.article.Mention;
import dev.readout.mongo.EmbeddedMongo;
import dev.readout.mongo.MongoConfiguration;
import dev.readout.participant.Participant;
import dev.readout.statement.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The synthetic benchmark corpus has the shape its Javadoc promises, points every mention at its sentence, and is the
 * same store for the same size and seed. (That the API reads it is checked by {@code SyntheticCorpusApiTest}.)
 */
class SyntheticCorpusTest {

    static final long CALLS = 6_000;
    static EmbeddedMongo server;
    static MongoClient client;
    static MongoTemplate mongo;
    static SyntheticCorpus.Summary summary;

    @BeforeAll
    static void generate() {
        server = EmbeddedMongo.start(EmbeddedMongo.MEMORY);
        client = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE));
        mongo = MongoConfiguration.standaloneTemplate(client, "a");
        summary = SyntheticCorpus.generate(mongo, CALLS, 11, n -> { });
    }

    @AfterAll
    static void close() {
        client.close();
        server.close();
    }

    @Test
    void writesTheNumberOfCallsAskedWithAFewThousandParticipants() {
        assertThat(mongo.count(new Query(), Call.class)).isEqualTo(CALLS);
        assertThat(mongo.count(new Query(), Participant.class)).isEqualTo(SyntheticCorpus.PARTICIPANTS);
        assertThat(summary.articles()).isEqualTo(mongo.count(new Query(), Article.class));
        assertThat(summary.statements()).isEqualTo(mongo.count(new Query(), Statement.class));
        // two calls in five have a statement
        assertThat(summary.statements()).isBetween(CALLS * 35 / 100, CALLS * 45 / 100);
        assertThat(SyntheticCorpus.holds(mongo, CALLS, 11)).isTrue();
        assertThat(SyntheticCorpus.holds(mongo, CALLS, 12)).isFalse();
    }

    @Test
    void callCountsPerParticipantAreHeavyTailed() {
        Map<String, Long> perParticipant = mongo.findAll(Call.class).stream()
                .flatMap(c -> c.participantIds().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Long> counts = perParticipant.values().stream().sorted(Comparator.reverseOrder()).toList();
        long median = counts.get(counts.size() / 2);
        // the busiest participant is in several percent of all calls, a hundred times the median participant
        assertThat(counts.get(0)).isGreaterThan(CALLS * 3 / 100);
        assertThat(counts.get(0)).isGreaterThan(50 * median);
    }

    @Test
    void callsHaveTwoOrThreeKnownParticipantsOneToThreeMentionsAndDatesOverFiveYears() {
        Map<String, Participant> people = mongo.findAll(Participant.class).stream()
                .collect(Collectors.toMap(Participant::id, p -> p));
        Map<Integer, Integer> mentionCounts = new HashMap<>();
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (Call c : mongo.findAll(Call.class)) {
            assertThat(c.participantIds()).hasSizeBetween(2, 3).doesNotHaveDuplicates().isSorted();
            assertThat(people.keySet()).containsAll(c.participantIds());
            assertThat(c.participantKey()).isEqualTo(String.join(",", c.participantIds()));
            assertThat(c.mentions()).hasSizeBetween(1, 3);
            assertThat(c.mentions().stream().map(Mention::articleId).distinct().count()).isEqualTo(c.mentions().size());
            mentionCounts.merge(c.mentions().size(), 1, Integer::sum);
            first = c.date().isBefore(first) ? c.date() : first;
            last = c.date().isAfter(last) ? c.date() : last;
        }
        assertThat(mentionCounts.keySet()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(first).isBefore(SyntheticCorpus.LAST_DAY.minusYears(4).minusMonths(10));
        assertThat(last).isAfter(SyntheticCorpus.LAST_DAY.minusMonths(2)).isBeforeOrEqualTo(SyntheticCorpus.LAST_DAY);
    }

    @Test
    void everyMentionPointsAtItsSentenceInTheStoredArticle() {
        Map<String, Article> articles = mongo.findAll(Article.class).stream()
                .collect(Collectors.toMap(Article::id, a -> a));
        for (Call c : mongo.findAll(Call.class)) {
            for (Mention m : c.mentions()) {
                String text = articles.get(m.articleId()).text();
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.sentence());
            }
        }
        for (Statement s : mongo.findAll(Statement.class)) {
            Mention m = s.mentions().get(0);
            assertThat(articles.get(m.articleId()).text().substring(m.start(), m.end())).isEqualTo(s.text());
            assertThat(mongo.findById(s.callId(), Call.class).participantIds()).contains(s.speakerId());
        }
    }

    @Test
    void theSameSizeAndSeedGiveTheSameStoreAndAFullStoreIsNotWrittenTwice() {
        MongoTemplate again = MongoConfiguration.standaloneTemplate(client, "b");
        SyntheticCorpus.generate(again, CALLS, 11, n -> { });
        Comparator<Call> byId = Comparator.comparing(Call::id);
        assertThat(again.findAll(Call.class).stream().sorted(byId).toList())
                .isEqualTo(mongo.findAll(Call.class).stream().sorted(byId).toList());
        assertThatThrownBy(() -> SyntheticCorpus.generate(again, CALLS, 11, n -> { }))
                .hasMessageContaining("empty store");
    }

    @Test
    void countsAcceptShortForms() {
        assertThat(GenerateCorpus.parseCount("10k")).isEqualTo(10_000);
        assertThat(GenerateCorpus.parseCount("1M")).isEqualTo(1_000_000);
        assertThat(GenerateCorpus.parseCount("100_000")).isEqualTo(100_000);
    }
}
