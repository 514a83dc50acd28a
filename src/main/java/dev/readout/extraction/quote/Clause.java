package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.AnalyzedText.Token;

import java.util.List;
import java.util.Locale;

/**
 * One sentence as the attribution rules read it: its tokens, and which of them stand inside a quotation (or are a
 * quotation mark), so that rules read only the narrative. Immutable.
 */
final class Clause {

    private final String article;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final boolean[] quoted;

    /**
     * @param sentences one sentence, or several that a line wrapped inside a sentence split apart (the pipeline
     *                  breaks sentences at every line break)
     */
    Clause(String article, List<Sentence> sentences, QuotedRanges quotations) {
        this.article = article;
        this.sentences = List.copyOf(sentences);
        this.tokens = this.sentences.stream().flatMap(s -> s.tokens().stream()).toList();
        this.quoted = new boolean[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            quoted[k] = isQuoteMark(t) || quotations.contains(t.start());
        }
    }

    /** The index of the sentence that holds the offset (the last one of the clause when none does). */
    int sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset < s.end()) {
                return s.index();
            }
        }
        return sentences.get(sentences.size() - 1).index();
    }

    String article() {
        return article;
    }

    int size() {
        return tokens.size();
    }

    Token token(int k) {
        return tokens.get(k);
    }

    /** Inside a quotation, or a quotation mark. */
    boolean quoted(int k) {
        return quoted[k];
    }

    String word(int k) {
        return tokens.get(k).word();
    }

    String lower(int k) {
        return lower(tokens.get(k));
    }

    String lemma(int k) {
        return lemma(tokens.get(k));
    }

    String pos(int k) {
        return tokens.get(k).pos();
    }

    String ner(int k) {
        return tokens.get(k).ner();
    }

    boolean isQuoteMark(int k) {
        return isQuoteMark(tokens.get(k));
    }

    /** The article's words from the start of token {@code from} to the end of token {@code to}. */
    String words(int from, int to) {
        return article.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    static boolean isQuoteMark(Token t) {
        String w = t.word();
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("‘") || w.equals("’") || w.equals("'")
                || w.equals("«") || w.equals("»") || w.equals("``") || w.equals("''") || w.equals("„");
    }

    static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
