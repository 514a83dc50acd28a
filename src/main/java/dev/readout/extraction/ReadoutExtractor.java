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
    public static final String VERSION = "2";

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
        ArticlePeople people = ArticlePeople.index(analyzed);
        List<ExtractedCall> calls = CallStages.run(analyzed, people).calls();
        List<ExtractedStatement> statements = new QuoteAttributor().attribute(analyzed, people);
        return new Extraction(calls, statements);
    }

    @Override
    public String version() {
        return VERSION;
    }
}
