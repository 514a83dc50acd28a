package dev.readout.graphql;

import java.util.List;

/**
 * A Relay connection page with the total count of matching nodes. (The class name ends in "Connection" so that Spring
 * for GraphQL's connection adapter hands it through unchanged.)
 */
public record PageConnection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasPreviousPage, boolean hasNextPage, String startCursor, String endCursor) {
    }

    public static <T> PageConnection<T> empty() {
        return new PageConnection<>(List.of(), new PageInfo(false, false, null, null), 0);
    }
}
