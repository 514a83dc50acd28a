package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.LanguagePipeline;
import dev.readout.extraction.people.ArticlePeople;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the statements of any text file, with the people index as resolver (a debugging aid). */
public final class QuoteProbe {

    private QuoteProbe() {
    }

    public static void main(String[] args) throws Exception {
        for (String f : args) {
            String text = Files.readString(Path.of(f));
            AnalyzedText a = LanguagePipeline.shared().analyze(text, CorpusArticles.published(text));
            for (ExtractedStatement st : new QuoteAttributor().attribute(a, ArticlePeople.index(a))) {
                System.out.println((st.speaker() == null ? null : st.speaker().name()) + " | " + st.speakerText() + " | "
                        + st.channel() + " " + st.date() + " | " + st.text().replace("\n", " "));
            }
        }
    }
}
