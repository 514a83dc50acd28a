package dev.readout.robust;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad ingest input over HTTP: BAD_REQUEST naming the field, no stack trace, nothing stored; dirty text cleaned. */
class IngestValidationHttpTest extends RobustnessContext {

    static final String INGEST = """
            mutation Ingest($input: IngestArticleInput!) {
              ingestArticle(input: $input) { created article { id text url title publishedOn } }
            }""";

    private JsonNode ingest(Map<String, Object> input) throws Exception {
        return graphql(INGEST, Map.of("input", input), KEY);
    }

    private void assertRefused(Map<String, Object> input, String field, String... more) throws Exception {
        Map<String, Long> before = collectionCounts();
        JsonNode r = ingest(input);
        assertThat(classification(r)).as(r.toString()).isEqualTo("BAD_REQUEST");
        assertThat(message(r)).contains(field);
        for (String m : more) {
            assertThat(message(r)).contains(m);
        }
        assertThat(r.path("data").path("ingestArticle").isMissingNode() || r.path("data").path("ingestArticle")
                .isNull() || r.path("data").isNull()).isTrue();
        assertNoInternals(r.toString());
        assertThat(collectionCounts()).isEqualTo(before);
    }

    @Test
    void blankTextIsABadRequestNamingTheField() throws Exception {
        assertRefused(Map.of("text", ""), "input.text");
        assertRefused(Map.of("text", " \n\t  "), "input.text");
        assertRefused(Map.of("text", "\u0000\u0001\u0002"), "input.text");
    }

    @Test
    void textOverTheLimitIsABadRequestWithTheLimit() throws Exception {
        assertRefused(Map.of("text", "word ".repeat(210_000)), "input.text", "1048576 bytes", "1 MB");
    }

    @Test
    void urlMustBeAbsoluteHttp() throws Exception {
        for (String url : new String[]{"example.org/news/1", "ftp://example.org/1", "javascript:alert(1)",
                "http://", "not a url at all"}) {
            assertRefused(Map.of("text", "Blinken spoke with Kuleba about " + url, "url", url), "input.url");
        }
    }

    @Test
    void invalidPublishedOnNamesTheValueAndTheFormat() throws Exception {
        for (String date : new String[]{"2022-02-30", "yesterday", "03/03/2022", "2022-13-01", "2022-3-3", "+2022-03-03"}) {
            Map<String, Long> before = collectionCounts();
            JsonNode r = ingest(Map.of("text", "Macron called Putin.", "publishedOn", date));
            String message = message(r);
            // graphql-java refuses the variable before Readout runs; ErrorClassifier classifies that BAD_REQUEST
            assertThat(classification(r)).as(r.toString()).isEqualTo("BAD_REQUEST");
            // the scalar cannot know its field: the message names the variable, quotes the value, shows the form
            assertThat(message).contains("'input'").contains("'" + date + "'").contains("YYYY-MM-DD");
            assertNoInternals(r.toString());
            assertThat(collectionCounts()).isEqualTo(before);
        }
    }

    @Test
    void controlCharactersAreStrippedAndLoneSurrogatesReplacedNever500() throws Exception {
        // a lone surrogate can only arrive as a JSON escape; send the raw body so nothing on the way repairs it
        String body = "{\"query\":" + JSON.writeValueAsString(INGEST) + ",\"variables\":{\"input\":{"
                + "\"text\":\"Lavrov\\u0000 spoke\\u0007 with\\u001b Wang Yi \\ud800 by phone\\u007f.\\r\\n\\tDone \\udc00.\","
                + "\"title\":\"T\\u0001itle\\ud83d\",\"url\":\"https://example.org/control-chars\"}}}";
        HttpResponse<String> response = postRaw(body, KEY);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode r = JSON.readTree(response.body());
        assertThat(r.path("errors").isMissingNode()).as(response.body()).isTrue();
        JsonNode article = r.path("data").path("ingestArticle").path("article");
        assertThat(article.path("text").asString())
                .isEqualTo("Lavrov spoke with Wang Yi \ufffd by phone.\r\n\tDone \ufffd.");
        assertThat(article.path("title").asString()).isEqualTo("Title\ufffd");
    }

    @Test
    void nullAndWrongTypesAreRequestErrorsNot500() throws Exception {
        Map<String, Object> nullText = new HashMap<>();
        nullText.put("text", null);
        for (Object input : new Object[]{nullText, Map.of("text", 42), Map.of("text", Map.of("a", 1)),
                Map.of("text", "x", "publishedOn", 20220303), "a string", 12}) {
            JsonNode r = graphql(INGEST, Map.of("input", input), KEY);
            assertThat(r.path("errors").size()).as(r.toString()).isPositive();
            assertNoInternals(r.toString());
        }
    }
}
