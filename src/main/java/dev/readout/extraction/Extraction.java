package dev.readout.extraction;

import java.util.List;

/** Everything the extractor found in one article, before identity resolution and merging across articles. */
public record Extraction(List<ExtractedCall> calls, List<ExtractedStatement> statements) {

    public Extraction {
        calls = List.copyOf(calls);
        statements = List.copyOf(statements);
    }

    public static Extraction empty() {
        return new Extraction(List.of(), List.of());
    }
}
