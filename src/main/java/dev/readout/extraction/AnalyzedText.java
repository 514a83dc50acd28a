package dev.readout.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as the language pipeline sees it: sentences, tokens and named entities, every offset a character
 * offset into the article text. Plain records, so extraction rules can be tested without loading any model.
 */
public record AnalyzedText(String text, LocalDate publishedOn, List<Sentence> sentences, List<Entity> entities) {

    public AnalyzedText {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }

    /** One token. {@code ner} is "O" outside entities; {@code normalized} is the resolved value of dates and numbers. */
    public record Token(String word, int start, int end, String pos, String lemma, String ner, String normalized) {
    }

    /** One sentence: its index in the article, its character span and tokens. */
    public record Sentence(int index, int start, int end, List<Token> tokens) {

        public Sentence {
            tokens = List.copyOf(tokens);
        }

        public String text(String article) {
            return article.substring(start, end);
        }
    }

    /**
     * One named-entity mention (PERSON, ORGANIZATION, LOCATION, MISC, DATE, ...) as the pipeline groups tokens.
     *
     * @param normalized for DATE and TIME mentions the TIMEX value ("2022-02-23", "2022-W08", "PRESENT_REF"), else null
     */
    public record Entity(String text, String type, int start, int end, int sentence, String normalized) {
    }

    /** The sentence that contains the character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
