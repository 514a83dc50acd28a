package dev.readout.graphql;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * GraphQL over GET, for mobile apps and HTTP caches: {@code GET /graphql?query=...} or, with automatic persisted
 * queries, {@code GET /graphql?extensions={"persistedQuery":{"version":1,"sha256Hash":"..."}}}, plus optional
 * {@code variables} (JSON) and {@code operationName}. Only queries run: a mutation gets 405 and is never executed.
 * <p>
 * Answers without errors carry a weak {@code ETag} (SHA-256 of the uncompressed JSON) and {@code Cache-Control}
 * ({@code readout.graphql.get.cache-control}, default {@code public, max-age=60}); a request whose
 * {@code If-None-Match} holds that tag gets 304 with no body. Answers with errors are {@code no-store}, so a
 * {@code PersistedQueryNotFound} is never cached.
 * <p>
 * The tag is weak because one answer goes out in two representations, plain and gzipped (server.compression): a
 * strong tag promises identical bytes, so Tomcat rightly refuses to compress an answer that has one, and a cache
 * would be wrong to treat the gzip and plain bytes as one. A weak tag says "the same JSON", which is what
 * {@code If-None-Match} compares (weak comparison, RFC 9110 13.1.2), so revalidation works for both. (Spring for GraphQL itself serves POST only and answers GET with
 * 405; this route is ordered before its router function, so it takes GET.)
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlGetHandler {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");
    private static final String VARY = HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING;

    private final WebGraphQlHandler handler;
    private final PersistedQueries persisted;
    private final JsonMapper json;
    private final String cacheControl;

    public GraphQlGetHandler(WebGraphQlHandler handler, PersistedQueries persisted, JsonMapper json,
                             @Value("${readout.graphql.get.cache-control:public, max-age=60}") String cacheControl) {
        this.handler = handler;
        this.persisted = persisted;
        this.json = json;
        this.cacheControl = cacheControl;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlGetRoute(@Value("${spring.graphql.http.path:/graphql}") String path) {
        return RouterFunctions.route().GET(path, request -> {
            ResponseEntity<byte[]> answer = get(request.param("query").orElse(null),
                    request.param("operationName").orElse(null), request.param("variables").orElse(null),
                    request.param("extensions").orElse(null), request.servletRequest());
            ServerResponse.BodyBuilder response = ServerResponse.status(answer.getStatusCode())
                    .headers(h -> h.addAll(answer.getHeaders()));
            return answer.getBody() == null ? response.build() : response.body(answer.getBody());
        }).build();
    }

    ResponseEntity<byte[]> get(String query, String operationName, String variables, String extensions,
                               HttpServletRequest servlet) {
        Map<String, Object> vars;
        Map<String, Object> ext;
        try {
            vars = jsonObject("variables", variables);
            ext = jsonObject("extensions", extensions);
        } catch (BadRequestException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        String hash = persistedQueryHash(ext);
        if (!StringUtils.hasText(query) && hash == null) {
            return error(HttpStatus.BAD_REQUEST, "Give the operation in the 'query' parameter, or the hash of a "
                    + "registered query in 'extensions' ({\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"...\"}})");
        }
        Optional<Document> document = StringUtils.hasText(query) ? parse(query) : persisted.document(hash);
        if (document.isPresent()) {
            OperationDefinition.Operation kind = operationKind(document.get(), operationName);
            if (kind != null && kind != OperationDefinition.Operation.QUERY) {
                ResponseEntity<byte[]> refused = error(HttpStatus.METHOD_NOT_ALLOWED, "Only queries may be sent with "
                        + "GET; send " + kind.name().toLowerCase(Locale.ROOT) + " operations with POST");
                return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.POST)
                        .headers(refused.getHeaders()).body(refused.getBody());
            }
        }
        String doc = StringUtils.hasText(query) ? query : PersistedQuerySupport.PERSISTED_QUERY_MARKER;
        WebGraphQlRequest request = new WebGraphQlRequest(URI.create(servlet.getRequestURL().toString()),
                headersOf(servlet), new LinkedMultiValueMap<>(),
                new InetSocketAddress(servlet.getRemoteAddr(), servlet.getRemotePort()), Map.of(),
                new DefaultGraphQlRequest(doc, operationName, vars, ext), UUID.randomUUID().toString(),
                servlet.getLocale());
        // belt and braces: the execution refuses mutations in a GET even if this check could not see the document
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(ctx -> ctx.put(RequestLimits.ReadOnlyGuard.READ_ONLY, true)).build());
        WebGraphQlResponse response = handler.handleRequest(request).block();
        byte[] body = json.writeValueAsBytes(response.toMap());
        MediaType type = accepts(servlet, GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
        if (!response.getErrors().isEmpty()) {
            return ResponseEntity.ok().cacheControl(org.springframework.http.CacheControl.noStore())
                    .contentType(type).body(body);
        }
        String tag = "\"" + sha256(body) + "\"";
        String etag = "W/" + tag;
        if (matches(servlet.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            // a 304 names the same Vary as the 200 it stands for, so caches keep the two representations apart
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, VARY).build();
        }
        // Vary names Accept-Encoding on every cacheable answer, also below the compression threshold where Tomcat
        // leaves it out: the same URL's answer may grow past the threshold, and a cache should key it the same way
        return ResponseEntity.ok().eTag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, VARY).contentType(type).body(body);
    }

    private Map<String, Object> jsonObject(String name, String value) {
        if (!StringUtils.hasText(value)) {
            return Map.of();
        }
        try {
            Object parsed = json.readValue(value, Object.class);
            if (parsed instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) map;
                return m;
            }
        } catch (JacksonException e) {
            // reported below
        }
        throw new BadRequestException("The '" + name + "' parameter must be a JSON object (URL-encoded), e.g. "
                + ("variables".equals(name) ? "{\"first\":5}" : "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"...\"}}"));
    }

    private static String persistedQueryHash(Map<String, Object> ext) {
        if (ext.get("persistedQuery") instanceof Map<?, ?> pq && pq.get("sha256Hash") instanceof String h
                && !h.isBlank()) {
            return h;
        }
        return null;
    }

    private static Optional<Document> parse(String query) {
        try {
            return Optional.of(Parser.parse(query));
        } catch (InvalidSyntaxException e) {
            return Optional.empty(); // the execution reports the syntax error
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The kind of the operation that would run, or null when the execution will report an error anyway. */
    private static OperationDefinition.Operation operationKind(Document document, String operationName) {
        List<OperationDefinition> ops = document.getDefinitionsOfType(OperationDefinition.class);
        if (StringUtils.hasText(operationName)) {
            return ops.stream().filter(o -> operationName.equals(o.getName())).map(OperationDefinition::getOperation)
                    .findFirst().orElse(null);
        }
        if (ops.size() == 1) {
            return ops.get(0).getOperation();
        }
        // several operations and no name: refuse if any could be a mutation, the execution would fail anyway
        return ops.stream().map(OperationDefinition::getOperation)
                .filter(o -> o != OperationDefinition.Operation.QUERY).findFirst().orElse(null);
    }

    private static HttpHeaders headersOf(HttpServletRequest servlet) {
        HttpHeaders headers = new HttpHeaders();
        for (String name : java.util.Collections.list(servlet.getHeaderNames())) {
            headers.addAll(name, java.util.Collections.list(servlet.getHeaders(name)));
        }
        return headers;
    }

    private static boolean accepts(HttpServletRequest servlet, MediaType type) {
        String accept = servlet.getHeader(HttpHeaders.ACCEPT);
        if (!StringUtils.hasText(accept)) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(t -> t.equalsTypeAndSubtype(type));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** If-None-Match holds the opaque tag {@code "..."}, weak or not (weak comparison, as for GET), or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (!StringUtils.hasText(ifNoneMatch)) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private ResponseEntity<byte[]> error(HttpStatus status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("classification", "BAD_REQUEST"));
        byte[] body = json.writeValueAsBytes(Map.of("errors", List.of(error)));
        return ResponseEntity.status(status).cacheControl(org.springframework.http.CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static String sha256(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
