package dev.readout.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives request-level errors that graphql-java raises before any data fetcher runs (syntax, validation, limits,
 * persisted-query hash mismatch) the same classification scheme as Readout's own: BAD_REQUEST, keeping graphql-java's
 * kind in {@code extensions.code}. {@code PersistedQueryNotFound} keeps its message and classification, which Apollo
 * clients look for, and gets Apollo's {@code PERSISTED_QUERY_NOT_FOUND} code.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ErrorClassifier implements WebGraphQlInterceptor {

    private static final Set<String> CLIENT_MISTAKES = Set.of("ValidationError", "InvalidSyntax",
            "OperationNotSupported", "ExecutionAborted", "PersistedQueryIdInvalid");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.isEmpty()) {
                return response;
            }
            List<GraphQLError> classified = errors.stream().map(ErrorClassifier::classify).toList();
            return response.transform(b -> b.errors(classified));
        });
    }

    static GraphQLError classify(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        String kind = type == null ? null : type.toString();
        if ("PersistedQueryNotFound".equals(kind)) {
            Map<String, Object> ext = extensions(error);
            ext.put("code", "PERSISTED_QUERY_NOT_FOUND");
            ext.put("hint", "No query is registered under this sha256Hash: send the query text once together with "
                    + "the same extensions.persistedQuery (with POST) to register it");
            return GraphqlErrorBuilder.newError().message(error.getMessage()).errorType(type)
                    .locations(error.getLocations()).path(error.getPath()).extensions(ext).build();
        }
        if (kind == null || !CLIENT_MISTAKES.contains(kind)) {
            return error;
        }
        String message = error.getMessage();
        if ("PersistedQueryIdInvalid".equals(kind)) {
            message = "extensions.persistedQuery.sha256Hash does not match the query: it must be the lower-case hex "
                    + "SHA-256 of the exact query text (UTF-8) sent in 'query'";
        }
        Map<String, Object> ext = extensions(error);
        ext.put("code", kind);
        return GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.BAD_REQUEST)
                .locations(error.getLocations()).path(error.getPath()).extensions(ext).build();
    }

    private static Map<String, Object> extensions(GraphQLError error) {
        Map<String, Object> ext = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            ext.putAll(error.getExtensions());
        }
        ext.remove("classification");
        return ext;
    }
}
