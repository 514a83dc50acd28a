package dev.readout.api;

import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.participant.Participant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Relay keyset paging, filters, orderBy and the timeline over HTTP, asserted by comparing two ways of asking, so the
 * assertions hold whatever the extraction engine finds in the sample corpus.
 */
class PagingFiltersTimelineTest extends ApiTest {

    static final String CALLS = """
            query($filter: CallFilter, $first: Int, $after: String, $last: Int, $before: String, $orderBy: DateOrder) {
              calls(filter: $filter, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
                totalCount
                pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
                edges { cursor node { id date medium participants { name } } }
              }
            }""";

    JsonNode calls(Map<String, Object> args) {
        return data(CALLS, args).path("calls");
    }

    List<String> ids(JsonNode connection) {
        List<String> ids = new ArrayList<>();
        connection.path("edges").forEach(e -> ids.add(e.path("node").path("id").asString()));
        return ids;
    }

    List<String> all(Map<String, Object> filter) {
        return ids(calls(Map.of("filter", filter, "first", 100)));
    }

    @Test
    void forwardAndBackwardPagesOfOneWalkTheSameList() {
        Map<String, Object> filter = Map.of("participantName", "blinken");
        JsonNode whole = calls(Map.of("filter", filter, "first", 100));
        List<String> expected = ids(whole);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        assertThat(whole.path("totalCount").asInt()).isEqualTo(expected.size());

        List<String> forward = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> args = new java.util.HashMap<>(Map.of("filter", filter, "first", 1));
            if (after != null) {
                args.put("after", after);
            }
            JsonNode page = calls(args);
            forward.addAll(ids(page));
            assertThat(page.path("pageInfo").path("hasPreviousPage").asBoolean()).isEqualTo(after != null);
            after = page.path("pageInfo").path("endCursor").asString();
            more = page.path("pageInfo").path("hasNextPage").asBoolean();
        }
        assertThat(forward).isEqualTo(expected);

        List<String> backward = new ArrayList<>();
        String before = null;
        more = true;
        while (more) {
            Map<String, Object> args = new java.util.HashMap<>(Map.of("filter", filter, "last", 2));
            if (before != null) {
                args.put("before", before);
            }
            JsonNode page = calls(args);
            List<String> got = ids(page);
            Collections.reverse(got);
            backward.addAll(got);
            before = page.path("pageInfo").path("startCursor").asString();
            more = page.path("pageInfo").path("hasPreviousPage").asBoolean();
        }
        Collections.reverse(backward);
        assertThat(backward).isEqualTo(expected);
    }

    @Test
    void aCursorStaysValidWhenNewerCallsArrive() {
        Map<String, Object> filter = Map.of("participantName", "blinken");
        List<String> before = all(filter);
        JsonNode first = calls(Map.of("filter", filter, "first", 1));
        String cursor = first.path("pageInfo").path("endCursor").asString();

        Participant blinken = mongo.findOne(query(where("nameKeys").regex("blinken")), Participant.class);
        Call newer = mongo.insert(new Call(null, List.of(blinken.id()), blinken.id(), LocalDate.of(2031, 1, 1),
                DatePrecision.DAY, "in 2031", CallMedium.VIDEO, CallStatus.PLANNED, List.of(), null));
        try {
            JsonNode next = calls(Map.of("filter", filter, "first", 1, "after", cursor));
            assertThat(ids(next)).containsExactly(before.get(1));
            assertThat(all(filter).get(0)).isNotEqualTo(before.get(0)); // the new call leads the list now
        } finally {
            mongo.remove(query(where("_id").is(newer.id())), Call.class);
        }
    }

    @Test
    void oldestFirstIsTheReverseOfNewestFirst() {
        Map<String, Object> dated = Map.of("from", "1900-01-01");
        List<String> newest = all(dated);
        List<String> oldest = ids(calls(Map.of("filter", dated, "first", 100, "orderBy", Map.of("date", "ASC"))));
        List<String> reversed = new ArrayList<>(newest);
        Collections.reverse(reversed);
        assertThat(newest).isNotEmpty();
        assertThat(oldest).isEqualTo(reversed);
        // and paging oldest first continues where the first page stopped
        JsonNode page = calls(Map.of("filter", dated, "first", 1, "orderBy", Map.of("date", "ASC")));
        JsonNode next = calls(Map.of("filter", dated, "first", 1, "orderBy", Map.of("date", "ASC"),
                "after", page.path("pageInfo").path("endCursor").asString()));
        if (oldest.size() > 1) {
            assertThat(ids(next)).containsExactly(oldest.get(1));
        }
    }

    @Test
    void filtersCombineAsIntersections() {
        List<String> blinken = all(Map.of("participantName", "Blinken"));
        List<String> phone = all(Map.of("medium", List.of("PHONE")));
        List<String> us = all(Map.of("country", "us"));
        List<String> february = all(Map.of("from", "2022-02-01", "to", "2022-02-28"));
        List<String> held = all(Map.of("status", List.of("HELD")));
        List<String> combined = all(Map.of("participantName", "Blinken", "medium", List.of("PHONE"), "country", "US",
                "from", "2022-02-01", "to", "2022-02-28", "status", List.of("HELD")));

        List<String> expected = new ArrayList<>(blinken);
        expected.retainAll(phone);
        expected.retainAll(us);
        expected.retainAll(february);
        expected.retainAll(held);
        assertThat(combined).isEqualTo(expected).isNotEmpty();

        // participantIds: calls including all of them
        JsonNode people = data("{ participants(filter: {name: \"Blinken\"}) { edges { node { id } } } }", Map.of());
        String blinkenId = people.path("participants").path("edges").get(0).path("node").path("id").asString();
        List<String> byId = all(Map.of("participantIds", List.of(blinkenId)));
        assertThat(byId).isNotEmpty();
        assertThat(blinken).containsAll(byId);
    }

    @Test
    void statementAndParticipantFiltersCombine() {
        String q = "query($f: StatementFilter) { statements(filter: $f, first: 100) { totalCount edges { node { id } } } }";
        JsonNode bySpeaker = data(q, Map.of("f", Map.of("speakerName", "Blinken"))).path("statements");
        JsonNode tweets = data(q, Map.of("f", Map.of("channel", List.of("TWEET")))).path("statements");
        JsonNode both = data(q, Map.of("f", Map.of("speakerName", "Blinken", "channel", List.of("TWEET"),
                "text", "MUTUAL SECURITY", "from", "2022-02-01", "to", "2022-02-01"))).path("statements");
        List<String> expected = ids(bySpeaker);
        expected.retainAll(ids(tweets));
        assertThat(ids(both)).isEqualTo(expected).isNotEmpty();
        assertThat(both.path("totalCount").asInt()).isEqualTo(ids(both).size());

        String p = "query($f: ParticipantFilter) { participants(filter: $f, first: 100) { totalCount edges { node { id name country } } } }";
        JsonNode gb = data(p, Map.of("f", Map.of("country", "GB", "name", "truss"))).path("participants");
        assertThat(gb.path("edges").size()).isEqualTo(1);
        assertThat(gb.path("edges").get(0).path("node").path("name").asString()).contains("Truss");
    }

    @Test
    void timelineBucketsAddUpAtEveryGranularity() {
        String q = "query($g: Granularity!, $f: CallFilter) { timeline(granularity: $g, filter: $f) { start calls statements } }";
        int datedCalls = calls(Map.of("filter", Map.of("from", "1900-01-01"), "first", 0)).path("totalCount").asInt();
        int datedStatements = data("{ statements(filter: {from: \"1900-01-01\"}, first: 0) { totalCount } }", Map.of())
                .path("statements").path("totalCount").asInt();
        for (String g : List.of("DAY", "WEEK", "MONTH", "YEAR")) {
            JsonNode buckets = data(q, Map.of("g", g)).path("timeline");
            int callSum = 0;
            int statementSum = 0;
            LocalDate previous = null;
            for (JsonNode b : buckets) {
                LocalDate start = LocalDate.parse(b.path("start").asString());
                callSum += b.path("calls").asInt();
                statementSum += b.path("statements").asInt();
                if (previous != null) {
                    assertThat(start).isAfter(previous);
                }
                previous = start;
                switch (g) {
                    case "WEEK" -> assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                    case "MONTH" -> assertThat(start.getDayOfMonth()).isEqualTo(1);
                    case "YEAR" -> assertThat(start.getDayOfYear()).isEqualTo(1);
                    default -> { }
                }
            }
            assertThat(callSum).as(g).isEqualTo(datedCalls);
            assertThat(statementSum).as(g).isEqualTo(datedStatements);
        }
        // 2022-02-23 is a Wednesday: its ISO week starts Monday 2022-02-21
        JsonNode weeks = data(q, Map.of("g", "WEEK", "f", Map.of("participantName", "Truss"))).path("timeline");
        assertThat(weeks.toString()).contains("2022-02-21");
    }
}
