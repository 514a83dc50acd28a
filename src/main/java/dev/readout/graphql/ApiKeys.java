package dev.readout.graphql;

import graphql.GraphQLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The API key that mutations need ({@code READOUT_API_KEY}, property {@code readout.api-key}). With none configured, a
 * random key is generated and logged once so a newcomer can try mutations; a configured key is never logged.
 */
@Component
public class ApiKeys {

    /** Where {@link ApiKeyInterceptor} puts the key a request presented, in the GraphQL context. */
    public static final String PRESENTED_KEY = "readout.presentedApiKey";

    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    private final byte[] key;

    public ApiKeys(@Value("${readout.api-key:${READOUT_API_KEY:}}") String configured) {
        String k = configured == null ? "" : configured.trim();
        if (!StringUtils.hasText(k)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            k = HexFormat.of().formatHex(random);
            log.warn("Generated API key for this run: {} (set READOUT_API_KEY to choose your own)", k);
        }
        this.key = k.getBytes(StandardCharsets.UTF_8);
    }

    /** Constant-time comparison, so response timing tells nothing about the key. */
    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Throws UNAUTHORIZED unless the request carried the key. Call before anything is written. */
    public void require(GraphQLContext context) {
        String presented = context == null ? null : context.get(PRESENTED_KEY);
        if (presented == null) {
            throw new UnauthorizedException("This mutation needs the API key: send it as header 'X-API-Key: <key>' "
                    + "or 'Authorization: Bearer <key>' (the key is READOUT_API_KEY, or the one logged at start-up)");
        }
        if (!matches(presented)) {
            throw new UnauthorizedException("The API key sent is not valid: check READOUT_API_KEY "
                    + "(or the key logged at start-up when none is configured)");
        }
    }
}
