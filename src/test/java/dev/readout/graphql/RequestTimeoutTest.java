package dev.readout.graphql;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The request timeout stops the fields fetched after the deadline, without Spring. */
class RequestTimeoutTest {

    @Test
    void fieldsFetchedAfterTheDeadlineFailWithAnActionableMessage() {
        DataFetcher<String> slow = env -> {
            Thread.sleep(200);
            return "done";
        };
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { slow: String }"),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("slow", slow)).build());
        GraphQL graphQL = GraphQL.newGraphQL(schema)
                .instrumentation(new RequestLimits.RequestTimeout(Duration.ofMillis(300))).build();

        ExecutionResult result = graphQL.execute("{ a: slow b: slow c: slow d: slow }");

        assertThat(result.getErrors()).isNotEmpty();
        assertThat(result.getErrors().get(0).getMessage()).contains("readout.graphql.timeout");
        // fields fetched after the deadline are null, with one error each
        Map<String, Object> data = result.getData();
        assertThat(data.get("d")).isNull();
        assertThat(result.getErrors()).allSatisfy(e -> assertThat(e.getMessage()).contains("300 ms"));
    }

    /**
     * A mutation that took longer than the deadline has done its work: the fields that show its result are still
     * fetched (an ingest that waited for the models must not be reported as failed), and they get a deadline of
     * their own; a read that runs over is still stopped.
     */
    @Test
    void aSlowMutationsResultIsStillShown() {
        DataFetcher<Map<String, Object>> slowWrite = env -> {
            Thread.sleep(400);
            return Map.of("id", "a1");
        };
        DataFetcher<String> slow = env -> {
            Thread.sleep(200);
            return "done";
        };
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(
                        "type Query { slow: String } type Mutation { ingest: Article } type Article { id: String slow: String }"),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("slow", slow))
                        .type("Mutation", t -> t.dataFetcher("ingest", slowWrite))
                        .type("Article", t -> t.dataFetcher("slow", slow)).build());
        GraphQL graphQL = GraphQL.newGraphQL(schema)
                .instrumentation(new RequestLimits.RequestTimeout(Duration.ofMillis(300))).build();

        ExecutionResult written = graphQL.execute("mutation { ingest { id slow } }");
        assertThat(written.getErrors()).isEmpty();
        assertThat(written.<Map<String, Map<String, Object>>>getData().get("ingest")).containsEntry("id", "a1");

        // the selection under it has its own deadline: a slow selection is stopped as in a query
        ExecutionResult tooMuch = graphQL.execute("mutation { ingest { a: slow b: slow c: slow d: slow } }");
        assertThat(tooMuch.getErrors()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getMessage()).contains("readout.graphql.timeout"));
    }
}
