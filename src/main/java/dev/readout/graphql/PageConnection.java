package dev.readout.graphql;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A Relay connection page with the total count of matching nodes. (The class name ends in "Connection" so that Spring
 * for GraphQL's connection adapter hands it through unchanged.)
 * <p>
 * The total is lazy: counting costs a query over every match, and most clients (the mobile app) never select
 * {@code totalCount}. graphql-java fetches the field through the record-like accessor {@link #totalCount()}, which
 * counts on first use and remembers the result; a page that is never asked for it never counts.
 */
public final class PageConnection<T> {

    private final List<Edge<T>> edges;
    private final PageInfo pageInfo;
    private LongSupplier count;
    private int total;

    public PageConnection(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.total = totalCount;
    }

    /** {@code count} runs at most once, when {@link #totalCount()} is first called. */
    public PageConnection(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier count) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.count = count;
    }

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasPreviousPage, boolean hasNextPage, String startCursor, String endCursor) {
    }

    public static <T> PageConnection<T> empty() {
        return new PageConnection<>(List.of(), new PageInfo(false, false, null, null), 0);
    }

    public List<Edge<T>> edges() {
        return edges;
    }

    public PageInfo pageInfo() {
        return pageInfo;
    }

    public synchronized int totalCount() {
        if (count != null) {
            total = (int) Math.min(Integer.MAX_VALUE, count.getAsLong());
            count = null;
        }
        return total;
    }

    @Override
    public String toString() {
        return "PageConnection[edges=" + edges + ", pageInfo=" + pageInfo + "]";
    }
}
