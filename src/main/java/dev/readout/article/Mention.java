package dev.readout.article;

/**
 * Provenance of one fact: the article, the sentence that reports it and the character offsets [start, end) of that
 * evidence in the stored article text. Embedded in calls and statements.
 */
public record Mention(String articleId, String sentence, int start, int end) {
}
