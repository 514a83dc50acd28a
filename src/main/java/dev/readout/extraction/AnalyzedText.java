package dev.readout.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as the language pipeline sees it: sentences, tokens, named entities and, for the sentences worth it,
 * dependency arcs; every offset a character offset into the article text. Plain records, so extraction rules can be
 * tested on stored analyses without loading any model.
 */
public record AnalyzedText(String text, LocalDate publishedOn, List<Sentence> sentences, List<Entity> entities) {

    public AnalyzedText {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }

    /** One token. {@code ner} is "O" outside entities; {@code normalized} is the resolved value of dates and numbers. */
    public record Token(String word, int start, int end, String pos, String lemma, String ner, String normalized) {
    }

    /**
     * One enhanced++ Universal Dependencies arc between tokens of one sentence (0-based token indices; the root's
     * governor is -1). Relations keep their enhanced suffix: "obl:with", "nmod:poss", "conj:and", "nsubj:pass".
     */
    public record Arc(int governor, int dependent, String relation) {
    }

    /**
     * One sentence: its index in the article, its character span, tokens and dependency arcs. Arcs are empty when
     * the sentence was not parsed (only sentences that may report a call are: parsing costs more than everything else).
     */
    public record Sentence(int index, int start, int end, List<Token> tokens, List<Arc> arcs, boolean parsed) {

        public Sentence {
            tokens = List.copyOf(tokens);
            arcs = List.copyOf(arcs);
        }

        /** An unparsed sentence. */
        public Sentence(int index, int start, int end, List<Token> tokens) {
            this(index, start, end, tokens, List.of(), false);
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
