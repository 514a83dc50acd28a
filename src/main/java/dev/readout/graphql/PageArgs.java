package dev.readout.graphql;

/**
 * Relay paging arguments, checked: {@code first} or {@code last} (not both), each 0..{@value #MAX}; {@code first}
 * defaults to {@value #DEFAULT}.
 */
public record PageArgs(int size, boolean forward, String after, String before) {

    public static final int MAX = 100;
    public static final int DEFAULT = 20;

    public static PageArgs of(Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw new BadRequestException("Give either first (with after) or last (with before), not both");
        }
        check("first", first);
        check("last", last);
        if (last != null) {
            return new PageArgs(last, false, after, before);
        }
        return new PageArgs(first == null ? DEFAULT : first, true, after, before);
    }

    public static PageArgs first(Integer first, String after) {
        return of(first, after, null, null);
    }

    private static void check(String name, Integer n) {
        if (n == null) {
            return;
        }
        if (n < 0) {
            throw new BadRequestException(name + " must not be negative (got " + n + ")");
        }
        if (n > MAX) {
            throw new BadRequestException(name + " must be at most " + MAX + " (got " + n
                    + "); fetch further pages with the cursor in pageInfo");
        }
    }
}
