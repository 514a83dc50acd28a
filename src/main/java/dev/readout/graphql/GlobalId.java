package dev.readout.graphql;

import org.bson.types.ObjectId;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Opaque, globally unique ids: base64url of {@code Type:hexObjectId}, so one id names one object of one type and
 * {@code node(id)} can tell which collection to read. Clients must treat them as opaque strings.
 */
public record GlobalId(String type, String key) {

    public static final Set<String> TYPES = Set.of("Article", "Call", "Participant", "Statement", "ParticipantMerge");

    public static String of(String type, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes any Readout id; a malformed one is a BAD_REQUEST that says what an id looks like. */
    public static GlobalId parse(String id) {
        if (id == null || id.isBlank()) {
            throw malformed(id);
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(id.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(id);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw malformed(id);
        }
        String type = decoded.substring(0, colon);
        String key = decoded.substring(colon + 1);
        if (!TYPES.contains(type) || !ObjectId.isValid(key)) {
            throw malformed(id);
        }
        return new GlobalId(type, key);
    }

    /** Decodes an id that must name an object of {@code expectedType}. */
    public static String require(String expectedType, String id) {
        GlobalId g = parse(id);
        if (!g.type.equals(expectedType)) {
            throw new BadRequestException("Id '" + id + "' is a " + g.type + " id, but a " + expectedType
                    + " id is needed here");
        }
        return g.key;
    }

    private static BadRequestException malformed(String id) {
        return new BadRequestException("Malformed id '" + id + "': use an id exactly as the API returned it "
                + "(for example from calls { edges { node { id } } })");
    }
}
