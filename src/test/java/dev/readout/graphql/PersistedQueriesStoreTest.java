package dev.readout.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The persisted-query store is bounded: the least recently used query is dropped first. */
class PersistedQueriesStoreTest {

    final PersistedQueries store = new PersistedQueries(2);
    final GraphQL graphQL = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
                    new SchemaParser().parse("type Query { a: Int b: Int c: Int }"),
                    RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("a", e -> 1)
                            .dataFetcher("b", e -> 2).dataFetcher("c", e -> 3)).build()))
            .preparsedDocumentProvider(new ApolloPersistedQuerySupport(store)).build();

    ExecutionResult run(String query, String hash) {
        return graphQL.execute(ExecutionInput.newExecutionInput().query(query == null ? "PersistedQueryMarker" : query)
                .extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))).build());
    }

    @Test
    void keepsTheMostRecentlyUsedQueriesOnly() {
        String a = "{ a }";
        String b = "{ b }";
        String c = "{ c }";
        String ha = PersistedQueries.sha256Hex(a);
        String hb = PersistedQueries.sha256Hex(b);
        String hc = PersistedQueries.sha256Hex(c);
        assertThat(run(null, ha).getErrors()).extracting(e -> e.getMessage()).containsExactly("PersistedQueryNotFound");
        assertThat(run(a, ha).getErrors()).isEmpty();
        assertThat(run(b, hb).getErrors()).isEmpty();
        assertThat(run(null, ha).<Map<String, Object>>getData()).containsEntry("a", 1); // a is now the most recent
        assertThat(run(c, hc).getErrors()).isEmpty();                                    // drops b

        assertThat(store.size()).isEqualTo(2);
        assertThat(run(null, ha).getErrors()).isEmpty();
        assertThat(run(null, hc).getErrors()).isEmpty();
        assertThat(run(null, hb).getErrors()).extracting(e -> e.getMessage()).containsExactly("PersistedQueryNotFound");
    }

    @Test
    void aQueryWithAnotherQuerysHashIsRefused() {
        String a = "{ a }";
        run(a, PersistedQueries.sha256Hex(a));
        ExecutionResult wrong = run("{ b }", PersistedQueries.sha256Hex(a));
        assertThat(wrong.getErrors()).extracting(e -> e.getMessage()).containsExactly("PersistedQueryIdInvalid");
        assertThat(wrong.<Object>getData()).isNull();
    }
}
