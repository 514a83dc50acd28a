package dev.readout.mongo;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Documents of the embedded store as BSON, with mongo-java-server's own wire encoder and decoder, for
 * {@link ConcurrentObjectType}: a stored document read back this way costs a fraction of Java deserialization (which
 * was 40 % of the whole export's CPU).
 * <p>
 * Only documents that come back {@link Document#equals equal}, with the same Java types, are written so
 * ({@link #encode}); anything else keeps Java serialization. BSON cannot carry everything a {@code Document} may hold
 * in memory: a {@code Date}, {@code Float}, {@code Short}, {@code BigDecimal}, a {@code Set} or a non-{@code Document}
 * map would come back as another type (or not at all), an {@code Instant} loses what is below the millisecond, UTF-8
 * replaces a lone surrogate, and a key cannot hold a NUL. The wire decoder gives none of those, but the server may
 * build values itself (updates, {@code $currentDate}), so each document is checked before it is written.
 */
final class StoredBson {

    private StoredBson() {
    }

    /**
     * The document as BSON, or null when BSON would not give it back exactly (see the class comment) or it is larger
     * than the decoder accepts.
     */
    static ByteBuf encode(Document document) {
        if (!exact(document, 0)) {
            return null;
        }
        ByteBuf out = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, out);
        } catch (RuntimeException e) {
            // e.g. an Instant beyond what epoch milliseconds hold (toEpochMilli overflows): Java serialization keeps it
            return null;
        }
        if (out.readableBytes() - 4 > BsonConstants.MAX_BSON_OBJECT_SIZE) {
            return null;
        }
        return out;
    }

    /** Reads one BSON document at the buffer's position and moves the position past it. */
    static Document decode(ByteBuffer buff) {
        int start = buff.position();
        // BSON's length prefix is little-endian, whatever the buffer's order
        int length = (buff.get(start) & 0xff) | (buff.get(start + 1) & 0xff) << 8 | (buff.get(start + 2) & 0xff) << 16
                | (buff.get(start + 3) & 0xff) << 24;
        ByteBuf in = buff.hasArray()
                ? Unpooled.wrappedBuffer(buff.array(), buff.arrayOffset() + start, length)
                : Unpooled.wrappedBuffer(buff.duplicate().position(start).limit(start + length));
        Document document = BsonDecoder.decodeBson(in);
        buff.position(start + length);
        return document;
    }

    /** Whether BSON gives this value back equal and of the same class. */
    private static boolean exact(Object value, int depth) {
        if (depth > 100) {
            return false; // MongoDB's own nesting limit; far beyond anything stored here
        }
        if (value == null || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Boolean || value instanceof BsonTimestamp || value instanceof Decimal128
                || value instanceof UUID || value instanceof LegacyUUID) {
            return true;
        }
        if (value instanceof String s) {
            return wellFormed(s);
        }
        Class<?> type = value.getClass();
        if (type == ObjectId.class || type == MaxKey.class || type == MinKey.class) {
            return true;
        }
        if (value instanceof Instant instant) {
            return instant.getNano() % 1_000_000 == 0;
        }
        if (value instanceof Document document) {
            for (Map.Entry<String, Object> entry : document.entrySet()) {
                String key = entry.getKey();
                if (key == null || key.indexOf('\0') >= 0 || !wellFormed(key) || !exact(entry.getValue(), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            // any List comes back as an ArrayList: equal, and every list the server handles is a List
            for (Object element : list) {
                if (!exact(element, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof BinData bin) {
            return bin.getData() != null;
        }
        if (value instanceof BsonJavaScript js) {
            return js.getCode() != null && wellFormed(js.getCode());
        }
        if (type == BsonRegularExpression.class) {
            BsonRegularExpression regex = (BsonRegularExpression) value;
            return cString(regex.getPattern()) && cString(regex.getOptions());
        }
        return false;
    }

    private static boolean cString(String s) {
        return s != null && s.indexOf('\0') < 0 && wellFormed(s);
    }

    /** No lone surrogate: UTF-8 would write a '?' in its place. */
    private static boolean wellFormed(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }
}
