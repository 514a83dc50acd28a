package dev.readout.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which operations may be answered from kept answers, and the normalised text they are kept under. */
class CacheableDocumentsTest {

    private final CacheableDocuments documents = new CacheableDocuments(100);

    private String normalised(String text, String operationName) {
        return documents.ofText(text).normalisedFor(operationName);
    }

    @Test
    void queriesThatReadDataAreCacheableUnderTheirNormalisedText() {
        String page = "{ calls(first: 2) { totalCount } }";
        assertThat(normalised(page, null)).isNotNull();
        assertThat(normalised("query {\n  calls(first: 2) {\n    totalCount # how many\n  }\n}", null))
                .as("spacing and comments do not matter").isEqualTo(normalised(page, null));
        assertThat(normalised("{ calls(filter: {participantName: \"a  b\"}) { totalCount } }", null))
                .as("spaces inside a string do").isNotEqualTo(normalised(
                        "{ calls(filter: {participantName: \"a b\"}) { totalCount } }", null));
        assertThat(normalised("{ calls { totalCount __typename } }", null)).isNotNull();
    }

    @Test
    void mutationsIntrospectionAndMetaOnlyQueriesAreNot() {
        assertThat(normalised("mutation { ingestArticle(input: {text: \"x\"}) { created } }", null)).isNull();
        assertThat(normalised("{ __typename }", null)).isNull();
        assertThat(normalised("{ __schema { types { name } } }", null)).isNull();
        assertThat(normalised("{ calls { totalCount } t: __type(name: \"Call\") { name } }", null)).isNull();
        assertThat(normalised("{ calls { totalCount } ...F } fragment F on Query { __schema { queryType { name } } }",
                null)).isNull();
        assertThat(normalised("{ calls { ", null)).as("a syntax error").isNull();
        assertThat(normalised("{ calls { totalCount } }" + " ".repeat(CacheableDocuments.MAX_CHARS), null))
                .as("too long to remember").isNull();
    }

    @Test
    void theOperationThatWouldRunDecides() {
        String two = "query A { calls { totalCount } } mutation B { ingestArticle(input: {text: \"x\"}) { created } }";
        assertThat(normalised(two, "A")).isNotNull();
        assertThat(normalised(two, "B")).isNull();
        assertThat(normalised(two, null)).as("two operations and no name: an error").isNull();
        assertThat(normalised(two, "C")).isNull();
    }
}
