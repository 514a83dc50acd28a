package dev.readout.article;

/**
 * How extraction went for an article: which extractor version read it, whether it succeeded, and how long it took.
 * Articles whose version differs from the running extractor's, or that FAILED, are extracted again at start-up.
 */
public record ExtractionState(Status status, String version, String error, Long tookMs) {

    public enum Status { PENDING, OK, FAILED }

    public static ExtractionState pending(String version) {
        return new ExtractionState(Status.PENDING, version, null, null);
    }
}
