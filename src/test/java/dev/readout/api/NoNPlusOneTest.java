package dev.readout.api;

import dev.readout.article.Article;
import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.article.Mention;
import dev.readout.graphql.ResponseCaching;
import dev.readout.participant.Participant;
import dev.readout.participant.ParticipantKind;
import dev.readout.participant.Role;
import dev.readout.statement.Statement;
import dev.readout.statement.StatementChannel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested fields load in batches: a page of calls with participants, roles, their calls and counterparts, statements
 * with speakers, and mentions with articles (and those articles' calls and statements) costs the same number of
 * MongoDB commands for 2 calls as for 20, counted with the driver's CommandListener. Each counted answer is computed
 * (the kept answers are dropped first); an answer asked for again costs none.
 */
class NoNPlusOneTest extends ApiTest {

    @Autowired
    ResponseCaching answers;

    private static final String COUNTRY = "ZZ";
    private static boolean stored;

    static final String PAGE = """
            query Page($n: Int!) {
              calls(filter: { country: "ZZ" }, first: $n) {
                totalCount
                edges { node {
                  id date medium
                  participants {
                    name country roles { title organization }
                    calls(first: 2) { totalCount edges { node { id } } }
                    counterparts(first: 3) { calls participant { name } }
                  }
                  statements { text speaker { name } }
                  mentions { sentence article { title calls { id } statements { id } } }
                } }
              }
            }""";

    @BeforeEach
    void syntheticCalls() {
        if (stored) {
            return;
        }
        Article article = mongo.findAll(Article.class).get(0);
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String name = "Synthetic Envoy " + (char) ('A' + i);
            people.add(mongo.insert(new Participant(null, name, List.of("Envoy " + (char) ('A' + i)),
                    ParticipantKind.PERSON, COUNTRY, List.of(new Role("Envoy", "Synthetic Office", COUNTRY,
                    LocalDate.of(2001, 1, 1), LocalDate.of(2001, 2, 1))),
                    List.of(name.toLowerCase(), ("envoy " + (char) ('A' + i)).toLowerCase()),
                    "PERSON|" + name.toLowerCase(), name.toLowerCase())));
        }
        for (int i = 0; i < 24; i++) {
            Participant a = people.get(i);
            Participant b = people.get((i + 1) % people.size());
            List<String> ids = new ArrayList<>(List.of(a.id(), b.id()));
            ids.sort(null);
            Call call = mongo.insert(new Call(null, ids, String.join(",", ids), LocalDate.of(2001, 1, 1 + i),
                    DatePrecision.DAY, "on day " + i, CallMedium.PHONE, CallStatus.HELD,
                    List.of(new Mention(article.id(), "Synthetic sentence " + i, 0, 10)), null));
            mongo.insert(new Statement(null, "Synthetic words number " + i + " said after the call",
                    "synthetic words number " + i, a.id(), a.id(), a.name(), StatementChannel.STATEMENT,
                    call.date(), List.of(new Mention(article.id(), "Synthetic quote " + i, 0, 10)), call.id()));
        }
        stored = true;
    }

    private List<String> commandsFor(int pageSize) {
        answers.clear();
        MongoCommandCounter.COMMANDS.clear();
        JsonNode data = data(PAGE, Map.of("n", pageSize));
        List<String> commands = List.copyOf(MongoCommandCounter.COMMANDS);
        JsonNode edges = data.path("calls").path("edges");
        assertThat(edges.size()).isEqualTo(pageSize);
        edges.forEach(e -> {
            assertThat(e.path("node").path("participants").size()).isEqualTo(2);
            assertThat(e.path("node").path("statements").get(0).path("speaker").path("name").asString())
                    .startsWith("Synthetic Envoy");
        });
        return commands;
    }

    @Test
    void aPageOfTwentyCallsCostsAsManyCommandsAsAPageOfTwo() {
        commandsFor(20); // warm-up: nothing lazily initialised is counted below, and the participants are cached
        List<String> two = commandsFor(2);
        List<String> twenty = commandsFor(20);

        System.out.println("MongoDB commands for a page of 20 calls: " + twenty.size() + " " + twenty);
        assertThat(twenty).as("commands for 20 calls vs 2: %s / %s", twenty, two).hasSameSizeAs(two);
        assertThat(twenty).as("one command per level of nesting, not per parent; participants from the cache")
                .hasSizeLessThanOrEqualTo(8).noneMatch(c -> c.endsWith(" participants"));
    }

    /** The typical mobile page: calls of a named participant with their participants, roles and the total. */
    static final String TYPICAL = """
            { calls(filter: {participantName: "blinken"}, first: 20) { totalCount edges { node {
                id date medium participants { name country roles { title } } } } } }""";

    @Test
    void theTypicalPageCostsTwoCommands() {
        data(TYPICAL, Map.of()); // warm-up: the participants it shows are read once
        answers.clear();
        MongoCommandCounter.COMMANDS.clear();
        JsonNode calls = data(TYPICAL, Map.of()).path("calls");
        List<String> commands = List.copyOf(MongoCommandCounter.COMMANDS);
        System.out.println("MongoDB commands for the typical page: " + commands.size() + " " + commands);
        assertThat(calls.path("edges").size()).isPositive();
        assertThat(calls.path("edges").get(0).path("node").path("participants").size()).isPositive();
        assertThat(commands).as("the page and its count; names, roles and countries from the participant cache")
                .containsExactly("find calls", "count calls");
    }

    @Test
    void theTypicalPageAskedForAgainCostsNoCommand() {
        JsonNode computed = data(TYPICAL, Map.of());
        MongoCommandCounter.COMMANDS.clear();
        JsonNode again = data(TYPICAL, Map.of());
        assertThat(MongoCommandCounter.COMMANDS).as("answered from the kept answer").isEmpty();
        assertThat(again).isEqualTo(computed);
    }

    @Test
    void aParticipantWrittenInThisInstanceIsNeverServedStaleFromTheCache() {
        String page = """
                { calls(filter: {participantName: "synthetic envoy c"}, first: 5) { edges { node {
                    participants { name roles { title } } } } } }""";
        assertThat(names(data(page, Map.of()))).contains("Synthetic Envoy C");
        Participant c = mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("name").is("Synthetic Envoy C")),
                Participant.class);
        try {
            mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("_id").is(c.id())),
                    org.springframework.data.mongodb.core.query.Update.update("name", "Synthetic Envoy C Renamed")
                            .set("roles", List.of(new Role("Special Envoy", null, COUNTRY, null, null))),
                    Participant.class);
            JsonNode after = data(page, Map.of());
            assertThat(names(after)).contains("Synthetic Envoy C Renamed").doesNotContain("Synthetic Envoy C");
            assertThat(after.toString()).contains("Special Envoy");
        } finally {
            mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("_id").is(c.id())),
                    org.springframework.data.mongodb.core.query.Update.update("name", c.name()).set("roles", c.roles()),
                    Participant.class);
        }
    }

    private static List<String> names(JsonNode data) {
        List<String> out = new ArrayList<>();
        data.path("calls").path("edges").forEach(e -> e.path("node").path("participants")
                .forEach(p -> out.add(p.path("name").asString())));
        return out;
    }
}
