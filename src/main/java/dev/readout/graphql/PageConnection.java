package dev.readout.graphql;

import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * A Relay connection page with the total count of matching nodes. (The class name ends in "Connection" so that Spring
 * for GraphQL's connection adapter hands it through unchanged.)
 * <p>
 * The total count is computed when first asked for, not with the page: counting means visiting every matching
 * document, which a client that asks only for {@code edges} and {@code pageInfo} (the usual mobile page) should not
 * pay for. GraphQL reads it through {@link #totalCount()} only when the query selects {@code totalCount}.
 */
public final class PageConnection<T> {

    private final List<Edge<T>> edges;
    private final PageInfo pageInfo;
    private IntSupplier count;
    private int total;

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasPreviousPage, boolean hasNextPage, String startCursor, String endCursor) {
    }

    public PageConnection(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.total = totalCount;
    }

    /** A page whose total count is computed by {@code totalCount} on first use (once). */
    public PageConnection(List<Edge<T>> edges, PageInfo pageInfo, IntSupplier totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.count = Objects.requireNonNull(totalCount);
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

    /** How many nodes match in all; counted on the first call. */
    public synchronized int totalCount() {
        if (count != null) {
            total = count.getAsInt();
            count = null;
        }
        return total;
    }

    @Override
    public String toString() {
        return "PageConnection[edges=" + edges + ", pageInfo=" + pageInfo + "]";
    }
}
