package dev.readout.graphql;

import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset pagination over one sort field plus {@code _id}: a cursor holds the sort value and id of a node, and the next
 * page is "everything beyond that key", so cursors stay valid while articles are added (offsets would shift).
 * <p>
 * Dates sort newest first with undated nodes last (MongoDB's descending order); names sort A to Z. Only operators the
 * embedded server supports ($lt/$gt/$or/$ne, sort, limit) are used.
 */
public final class Keyset<T> {

    private final String field;
    private final boolean descending;
    private final Function<T, Object> value;
    private final Function<T, String> id;
    private final String tag;

    private Keyset(String field, boolean descending, Function<T, Object> value, Function<T, String> id, String tag) {
        this.field = field;
        this.descending = descending;
        this.value = value;
        this.id = id;
        this.tag = tag;
    }

    /** Newest first by a date field; undated last. */
    public static <T> Keyset<T> byDateDesc(String field, Function<T, LocalDate> date, Function<T, String> id) {
        return new Keyset<>(field, true, date::apply, id, "d");
    }

    /**
     * Oldest first by a date field: the exact reverse of {@link #byDateDesc}, so undated nodes come first (MongoDB's
     * ascending order). Filter with a date range to leave them out.
     */
    public static <T> Keyset<T> byDateAsc(String field, Function<T, LocalDate> date, Function<T, String> id) {
        return new Keyset<>(field, false, date::apply, id, "a");
    }

    /** A to Z by a (non-null) string field. */
    public static <T> Keyset<T> byStringAsc(String field, Function<T, String> key, Function<T, String> id) {
        return new Keyset<>(field, false, key::apply, id, "s");
    }

    private record Cursor(Object value, String id) {
    }

    // --- queries -------------------------------------------------------------------------------------------------

    /** One page of the nodes matching {@code filter}, in this keyset's order. */
    public PageConnection<T> page(MongoTemplate mongo, Criteria filter, Class<T> type, PageArgs args) {
        Cursor after = decode(args.after());
        Cursor before = decode(args.before());
        boolean forward = args.forward();
        List<Criteria> parts = new ArrayList<>(List.of(filter));
        if (after != null) {
            parts.add(beyond(after, true));
        }
        if (before != null) {
            parts.add(beyond(before, false));
        }
        Query q = Query.query(and(parts)).with(sort(forward)).limit(args.size() + 1);
        List<T> found = args.size() == 0 ? List.of() : mongo.find(q, type);
        boolean more = found.size() > args.size();
        List<T> nodes = new ArrayList<>(more ? found.subList(0, args.size()) : found);
        if (!forward) {
            Collections.reverse(nodes);
        }
        boolean hasPrevious;
        boolean hasNext;
        // the node at the cursor itself lies outside this page too
        if (forward) {
            hasNext = more;
            hasPrevious = after != null && mongo.exists(Query.query(and(List.of(filter, atOrBeyond(after, false)))),
                    type);
        } else {
            hasPrevious = more;
            hasNext = before != null && mongo.exists(Query.query(and(List.of(filter, atOrBeyond(before, true)))),
                    type);
        }
        // counted only if the query asks for totalCount
        return connection(nodes, hasPrevious, hasNext, () -> (int) mongo.count(Query.query(filter), type));
    }

    /** One page of an already filtered list, which is sorted here (used by batch loaders that fetched many parents' nodes at once). */
    public PageConnection<T> page(List<T> all, PageArgs args) {
        List<T> sorted = new ArrayList<>(all);
        sorted.sort(comparator());
        Cursor after = decode(args.after());
        Cursor before = decode(args.before());
        int from = 0;
        int to = sorted.size();
        if (after != null) {
            while (from < to && compare(key(sorted.get(from)), after) <= 0) {
                from++;
            }
        }
        if (before != null) {
            int i = from;
            while (i < to && compare(key(sorted.get(i)), before) < 0) {
                i++;
            }
            to = i;
        }
        List<T> window = sorted.subList(from, to);
        List<T> nodes;
        boolean hasPrevious;
        boolean hasNext;
        if (args.forward()) {
            nodes = window.subList(0, Math.min(args.size(), window.size()));
            hasNext = window.size() > args.size();
            hasPrevious = from > 0;
        } else {
            nodes = window.subList(Math.max(0, window.size() - args.size()), window.size());
            hasPrevious = window.size() > args.size();
            hasNext = to < sorted.size();
        }
        int total = sorted.size();
        return connection(nodes, hasPrevious, hasNext, () -> total);
    }

    private PageConnection<T> connection(List<T> nodes, boolean hasPrevious, boolean hasNext,
                                         java.util.function.IntSupplier total) {
        List<PageConnection.Edge<T>> edges = new ArrayList<>(nodes.size());
        for (T n : nodes) {
            edges.add(new PageConnection.Edge<>(cursor(n), n));
        }
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new PageConnection<>(edges, new PageConnection.PageInfo(hasPrevious, hasNext, start, end), total);
    }

    private Sort sort(boolean forward) {
        Sort.Direction canonical = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort.Direction dir = forward ? canonical : (descending ? Sort.Direction.ASC : Sort.Direction.DESC);
        return Sort.by(dir, field).and(Sort.by(dir, "_id"));
    }

    /** Nodes strictly after ({@code towardsEnd}) or strictly before the cursor in this keyset's order. */
    private Criteria beyond(Cursor c, boolean towardsEnd) {
        boolean less = descending == towardsEnd;
        // nulls sort lowest in MongoDB: last when descending, first when ascending
        boolean nullsAhead = descending == towardsEnd;
        ObjectId oid = new ObjectId(c.id());
        Criteria idBeyond = less ? Criteria.where("_id").lt(oid) : Criteria.where("_id").gt(oid);
        if (c.value() == null) {
            Criteria sameNull = new Criteria().andOperator(Criteria.where(field).is(null), idBeyond);
            return nullsAhead ? sameNull : new Criteria().orOperator(Criteria.where(field).ne(null), sameNull);
        }
        Criteria valueBeyond = less ? Criteria.where(field).lt(c.value()) : Criteria.where(field).gt(c.value());
        Criteria sameValue = new Criteria().andOperator(Criteria.where(field).is(c.value()), idBeyond);
        if (nullsAhead && !tag.equals("s")) {
            return new Criteria().orOperator(valueBeyond, sameValue, Criteria.where(field).is(null));
        }
        return new Criteria().orOperator(valueBeyond, sameValue);
    }

    private Criteria atOrBeyond(Cursor c, boolean towardsEnd) {
        return new Criteria().orOperator(beyond(c, towardsEnd), Criteria.where("_id").is(new ObjectId(c.id())));
    }

    private static Criteria and(List<Criteria> parts) {
        return parts.size() == 1 ? parts.get(0) : new Criteria().andOperator(parts);
    }

    // --- in-memory order -----------------------------------------------------------------------------------------

    private Cursor key(T node) {
        return new Cursor(value.apply(node), id.apply(node));
    }

    private Comparator<T> comparator() {
        return (a, b) -> compare(key(a), key(b));
    }

    /** Negative when {@code a} comes first in this keyset's order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private int compare(Cursor a, Cursor b) {
        int byValue;
        if (a.value() == null || b.value() == null) {
            // nulls last when descending, first when ascending, as MongoDB sorts them (only dates are nullable)
            int nullFirst = descending ? 1 : -1;
            byValue = a.value() == null ? (b.value() == null ? 0 : nullFirst) : -nullFirst;
        } else {
            byValue = ((Comparable) a.value()).compareTo(b.value());
            if (descending) {
                byValue = -byValue;
            }
        }
        if (byValue != 0) {
            return byValue;
        }
        int byId = new ObjectId(a.id()).compareTo(new ObjectId(b.id()));
        return descending ? -byId : byId;
    }

    // --- cursors -------------------------------------------------------------------------------------------------

    public String cursor(T node) {
        Object v = value.apply(node);
        String raw = "k1|" + tag + "|" + id.apply(node) + "|" + (v == null ? "" : v.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private Cursor decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 4);
            if (parts.length != 4 || !parts[0].equals("k1") || !parts[1].equals(tag) || !ObjectId.isValid(parts[2])) {
                throw invalid(cursor);
            }
            Object v;
            if (tag.equals("s")) {
                v = parts[3];
            } else {
                v = parts[3].isEmpty() ? null : LocalDate.parse(parts[3]);
            }
            return new Cursor(v, parts[2]);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid(cursor);
        }
    }

    private static BadRequestException invalid(String cursor) {
        return new BadRequestException("Invalid cursor '" + cursor + "': pass a cursor or pageInfo.startCursor/endCursor "
                + "from an earlier page of the same list");
    }
}
