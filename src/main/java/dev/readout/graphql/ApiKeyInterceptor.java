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
        String presented = request.getHeaders().getFirst("X-API-Key");
        if (presented == null) {
            String authorization = request.getHeaders().getFirst("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                presented = authorization.substring(7).trim();
            }
        }
        if (presented != null) {
            String key = presented.trim();
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(ctx -> ctx.put(ApiKeys.PRESENTED_KEY, key)).build());
        }
        return chain.next(request);
    }
}
