package dev.readout.graphql;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the API key a request presents ({@code X-API-Key}, or {@code Authorization: Bearer}) into the GraphQL
 * context, where mutations check it. Reads do not need it. The key itself is never logged.
 */
@Component
public class ApiKeyInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String key = presentedKey(request);
        if (key != null) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(ctx -> ctx.put(ApiKeys.PRESENTED_KEY, key)).build());
        }
        return chain.next(request);
    }

    /** The key a request presents, trimmed ({@code X-API-Key}, else {@code Authorization: Bearer}), or null. */
    static String presentedKey(WebGraphQlRequest request) {
        String presented = request.getHeaders().getFirst("X-API-Key");
        if (presented == null) {
            String authorization = request.getHeaders().getFirst("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                presented = authorization.substring(7);
            }
        }
        return presented == null ? null : presented.trim();
    }
}
