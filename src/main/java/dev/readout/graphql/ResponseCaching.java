package dev.readout.graphql;

import dev.readout.mongo.CollectionWrites;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

import java.time.Duration;
import java.util.Map;

/**
 * Answers a read-only query that was answered before from {@link ResponseStore}, without running it: the typical
 * page of a mobile app or the explorer is asked for again and again, and running it cost about ten times a
 * {@code { __typename }} (graphql-java, two MongoDB commands, mapping: 6.4 against 0.5 ms of server CPU on the sample
 * store), where sending the kept JSON costs less than the {@code { __typename }} itself (BENCHMARKS.md, issue 14,
 * second round).
 * <p>
 * Kept: queries that read data ({@link CacheableDocuments}), answered without errors or extensions, by normalised
 * document or persisted-query hash, operation name, variables and whether the API key was presented. Mutations,
 * introspection, answers with errors, and requests with extensions other than {@code persistedQuery} go through as
 * before. An answer is served as the JSON it was sent as the first time (byte for byte), over POST and GET.
 * <p>
 * Settings: {@code readout.cache.responses.max-staleness} (2 s: how long another instance's writes may take to show;
 * this instance's writes show at once; 0 turns the cache off), {@code max-entries} (10,000) and {@code max-bytes}
 * (64 MB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ResponseCaching implements WebGraphQlInterceptor {

    private final ResponseStore store;
    private final CacheableDocuments documents;
    private final PersistedQueries persisted;
    private final ApiKeys apiKeys;
    private final JsonMapper json;

    public ResponseCaching(CollectionWrites writes, PersistedQueries persisted, ApiKeys apiKeys, JsonMapper json,
                           @Value("${readout.cache.responses.max-staleness:2s}") Duration maxStaleness,
                           @Value("${readout.cache.responses.max-entries:10000}") int maxEntries,
                           @Value("${readout.cache.responses.max-bytes:64MB}") DataSize maxBytes) {
        this.store = new ResponseStore(writes, maxStaleness, maxEntries, maxBytes.toBytes());
        this.documents = new CacheableDocuments();
        this.persisted = persisted;
        this.apiKeys = apiKeys;
        this.json = json;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        ResponseStore.Key key = store.enabled() ? keyOf(request) : null;
        if (key == null) {
            return chain.next(request);
        }
        SerializedString kept = store.get(key);
        if (kept != null) {
            return Mono.just(answer(request, kept));
        }
        long version = store.version();
        return chain.next(request).doOnNext(response -> keep(key, version, response));
    }

    /** Forgets every kept answer (tests that count the MongoDB commands of a computed answer). */
    public void clear() {
        store.clear();
    }

    /** How many answers are kept. */
    public int size() {
        return store.size();
    }

    private ResponseStore.Key keyOf(WebGraphQlRequest request) {
        Map<String, Object> extensions = request.getExtensions();
        String hash = null;
        if (!extensions.isEmpty()) {
            if (extensions.size() != 1 || !(extensions.get("persistedQuery") instanceof Map<?, ?> pq)
                    || !(pq.get("sha256Hash") instanceof String h) || h.isBlank()) {
                return null;
            }
            hash = h;
        }
        String text = request.getDocument();
        boolean hasText = text != null && !text.isBlank()
                && !graphql.execution.preparsed.persisted.PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(text);
        CacheableDocuments.Shape shape;
        if (hasText) {
            // with a hash as well, the hash is part of the key: only an answer given after it was checked is served
            shape = documents.ofText(text);
        } else if (hash != null) {
            shape = documents.ofPersisted(hash, h -> persisted.document(h).orElse(null));
        } else {
            return null;
        }
        String document = shape.normalisedFor(request.getOperationName());
        if (document == null) {
            return null;
        }
        Map<String, Object> variables = request.getVariables();
        return new ResponseStore.Key(hasText ? document : null, hash, request.getOperationName(),
                variables.isEmpty() ? "" : json.writeValueAsString(variables), keyed(request));
    }

    private boolean keyed(WebGraphQlRequest request) {
        String presented = ApiKeyInterceptor.presentedKey(request);
        return presented != null && apiKeys.matches(presented);
    }

    private void keep(ResponseStore.Key key, long version, WebGraphQlResponse response) {
        ExecutionResult result = response.getExecutionResult();
        Map<Object, Object> extensions = result.getExtensions();
        if (!result.getErrors().isEmpty() || (extensions != null && !extensions.isEmpty()) || !result.isDataPresent()
                || !(result.getData() instanceof Map<?, ?> data)) {
            return;
        }
        store.put(key, json.writeValueAsString(data), version);
    }

    /** The kept JSON as the answer's {@code data}, written as it is (its UTF-8 bytes computed once). */
    private static WebGraphQlResponse answer(WebGraphQlRequest request, SerializedString kept) {
        ExecutionInput input = ExecutionInput.newExecutionInput(request.getDocument())
                .operationName(request.getOperationName()).build();
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .data(new RawValue(kept)).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result));
    }
}
