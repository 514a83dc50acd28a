package dev.readout.mongo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids that are a function of content, shaped like MongoDB ObjectIds (24 hex digits) so they store and page like the
 * rest: the first 96 bits of a SHA-256. Two processes, or two orders of ingesting the same articles, derive the same
 * id for the same thing, so neither creates it twice.
 */
public final class StableIds {

    private StableIds() {
    }

    /** The id of a {@code kind} ("participant", "call", ...) named by {@code key}. */
    public static String of(String kind, String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((kind + "\u0000" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first 24 hex digits of a hex digest (an article's content hash): its id. */
    public static String ofDigest(String hex) {
        return hex.substring(0, 24).toLowerCase(java.util.Locale.ROOT);
    }
}
