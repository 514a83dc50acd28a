package dev.readout.graphql;

/** The {@code DateOrder} input: which way lists of calls and statements are sorted by date. */
public record DateOrder(Direction date) {

    public enum Direction { ASC, DESC }

    public static boolean ascending(DateOrder order) {
        return order != null && order.date() == Direction.ASC;
    }
}
