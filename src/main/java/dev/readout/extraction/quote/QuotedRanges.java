package dev.readout.extraction.quote;

import java.util.Comparator;
import java.util.List;

/**
 * Whether an offset lies inside a quotation (marks included), answered by binary search: rules ask it for every token
 * and every name, and a hostile text may hold tens of thousands of quotations. Immutable.
 */
final class QuotedRanges {

    private final int[] starts;
    /** The largest end among the ranges up to each index: a range that started before the offset and ends after it. */
    private final int[] maxEnds;

    QuotedRanges(List<QuoteScanner.Span> spans) {
        List<QuoteScanner.Span> sorted = spans.stream().sorted(Comparator.comparingInt(QuoteScanner.Span::outerStart))
                .toList();
        starts = new int[sorted.size()];
        maxEnds = new int[sorted.size()];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            starts[i] = sorted.get(i).outerStart();
            max = Math.max(max, sorted.get(i).outerEnd());
            maxEnds[i] = max;
        }
    }

    boolean contains(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && maxEnds[found] > offset;
    }
}
