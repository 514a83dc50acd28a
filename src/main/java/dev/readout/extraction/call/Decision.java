package dev.readout.extraction.call;

/**
 * What one rule made of a candidate: kept or dropped, the rule's name and why, in words a reader of the trace can
 * check against the sentence.
 */
public record Decision(boolean keep, String rule, String reason) {

    public static Decision keep(String rule, String reason) {
        return new Decision(true, rule, reason);
    }

    public static Decision drop(String rule, String reason) {
        return new Decision(false, rule, reason);
    }

    @Override
    public String toString() {
        return (keep ? "keep " : "drop ") + rule + ": " + reason;
    }
}
