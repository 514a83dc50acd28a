package dev.readout.extraction;

import dev.readout.extraction.call.CallStages;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.extraction.quote.QuoteAttributor;

import java.time.LocalDate;
import java.util.List;


/**
 * Readout's extractor: the language pipeline, then the article's people index, call detection and quote attribution
 * over its output. Thread-safe: the pipeline is shared and thread-safe, everything else is built per article.
 */
public final class ReadoutExtractor implements Extractor {

    /** Bump when output for the same input may change: stored articles of an older version get re-extracted. */
    public static final String VERSION = "8";

    private final LanguagePipeline pipeline;

    public ReadoutExtractor() {
        this(null);
    }

    /** With a given pipeline (null: the JVM's shared one, loaded on first use). */
    public ReadoutExtractor(LanguagePipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Extraction extract(String text, LocalDate publishedOn) {
        if (text == null || text.isBlank()) {
            return Extraction.empty();
        }
        LanguagePipeline p = pipeline != null ? pipeline : LanguagePipeline.shared();
        return extract(p.analyze(text, publishedOn));
    }

    /** Extraction over an already analysed article (the rules alone, no model call). */
    public Extraction extract(AnalyzedText analyzed) {
        return explain(analyzed).extraction();
    }

    /**
     * What the extractor found and why: the article's people with their offices and states, and a trace line per
     * reading of a trigger (the rules that placed each party, status, medium, date and the diplomatic test's verdict).
     */
    public record Explanation(Extraction extraction, List<String> people, List<String> trace) {
    }

    public Explanation explain(String text, LocalDate publishedOn) {
        LanguagePipeline p = pipeline != null ? pipeline : LanguagePipeline.shared();
        return explain(p.analyze(text, publishedOn));
    }

    public Explanation explain(AnalyzedText analyzed) {
        ArticlePeople people = ArticlePeople.index(analyzed);
        CallStages.Result calls = CallStages.run(analyzed, people);
        List<ExtractedStatement> statements = new QuoteAttributor().attribute(analyzed, people);
        List<String> parties = people.parties().stream().map(Object::toString).toList();
        return new Explanation(new Extraction(calls.calls(), statements), parties, calls.trace());
    }

    @Override
    public String version() {
        return VERSION;
    }
}
