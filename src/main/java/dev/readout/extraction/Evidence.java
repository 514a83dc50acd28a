package dev.readout.extraction;

/**
 * Where a fact was read: the sentence and its character offsets [start, end) in the stored article text.
 */
public record Evidence(String sentence, int start, int end) {
}
