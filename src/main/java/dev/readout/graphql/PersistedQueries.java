package dev.readout.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Automatic persisted queries in Apollo's protocol: a client sends {@code extensions.persistedQuery.sha256Hash}
 * alone; when the hash is unknown the answer is the error {@code PersistedQueryNotFound} and the client sends the
 * query once with the hash, which registers it (the hash must be the SHA-256 of the query text, else BAD_REQUEST).
 * After that the hash alone runs the query, over POST or GET.
 * <p>
 * Parsed and validated documents are kept in a bounded least-recently-used store
 * ({@code readout.graphql.persisted-queries.max-entries}, default 5000): a client cannot fill memory with hashes,
 * and an evicted query is simply registered again by the client.
 */
@Configuration(proxyBeanMethods = false)
public class PersistedQueries implements PersistedQueryCache {

    private final Map<String, PreparsedDocumentEntry> store;
    /**
     * Documents of queries sent as plain text (no persistedQuery extension), by their text: parsing and validating
     * the typical page query costs more server CPU than a whole {@code { __typename }} request, and clients send the
     * same few texts again and again. Separate from {@link #store}, so only the APQ protocol registers hashes.
     */
    private final Map<String, PreparsedDocumentEntry> parsed;

    public PersistedQueries(@Value("${readout.graphql.persisted-queries.max-entries:5000}") int maxEntries) {
        this.store = lru(maxEntries);
        this.parsed = lru(maxEntries);
    }

    private static Map<String, PreparsedDocumentEntry> lru(int maxEntries) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Bean
    GraphQlSourceBuilderCustomizer persistedQuerySupport() {
        ApolloPersistedQuerySupport apq = new ApolloPersistedQuerySupport(this);
        PreparsedDocumentProvider documents = (input, parseAndValidate) -> {
            String text = input.getQuery();
            if (input.getExtensions().containsKey("persistedQuery") || text == null || text.isBlank()) {
                return apq.getDocumentAsync(input, parseAndValidate);
            }
            PreparsedDocumentEntry known;
            synchronized (parsed) {
                known = parsed.get(text);
            }
            if (known != null) {
                return CompletableFuture.completedFuture(known);
            }
            // documents with errors are not kept: they are cheap to refuse again and must not crowd out good ones
            PreparsedDocumentEntry entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                synchronized (parsed) {
                    parsed.put(text, entry);
                }
            }
            return CompletableFuture.completedFuture(entry);
        };
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(
            Object persistedQueryId, ExecutionInput executionInput, PersistedQueryCacheMiss onCacheMiss) {
        String hash = String.valueOf(persistedQueryId);
        String text = executionInput.getQuery();
        boolean hasText = text != null && !text.isBlank() && !PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(text);
        if (hasText && !sha256Hex(text).equalsIgnoreCase(hash)) {
            // also when the hash is registered: a query sent with another query's hash must not run the other one
            throw new PersistedQueryIdInvalid(hash);
        }
        PreparsedDocumentEntry known;
        synchronized (store) {
            known = store.get(hash);
        }
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        String query = executionInput.getQuery();
        if (PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query)) {
            query = "";
        }
        // throws PersistedQueryNotFound without a query, PersistedQueryIdInvalid when the hash does not match it
        PreparsedDocumentEntry entry = onCacheMiss.apply(query);
        if (!entry.hasErrors()) {
            synchronized (store) {
                store.put(hash, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The registered document for this hash, if any (without changing its recency). */
    public Optional<Document> document(String hash) {
        synchronized (store) {
            PreparsedDocumentEntry e = store.get(hash);
            return e == null ? Optional.empty() : Optional.ofNullable(e.getDocument());
        }
    }

    public int size() {
        synchronized (store) {
            return store.size();
        }
    }
}
