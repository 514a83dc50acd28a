package dev.readout.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words that report a communication event ({@code triggers.tsv}) and words that say by what means it happened
 * ({@code media.tsv}). Looked up by lemma. Media are the names of {@code dev.readout.call.CallMedium} constants, kept
 * as strings so the lexicon depends on nothing.
 */
public final class Triggers {

    /** How a word takes part in reporting an event. */
    public enum WordClass { VERB, NOUN, LIGHT }

    /** Where a trigger's parties stand; see triggers.tsv. */
    public enum Frame { CONVERSE, CONTACT, MEET, RECEIVE, HOST, VISIT, ARRIVE, SUMMON, CREDENTIALS, ADDRESS, EVENT }

    /** One trigger word. */
    public record Word(String lemma, WordClass wordClass, String medium, Frame frame) {
    }

    private static final Triggers SHARED = new Triggers();

    private final Map<String, Word> verbs = new HashMap<>();
    private final Map<String, Word> nouns = new HashMap<>();
    private final Map<String, Word> lights = new HashMap<>();
    private final Map<String, String> media = new HashMap<>();

    private Triggers() {
        for (String[] r : LexiconFile.rows("triggers.tsv")) {
            Word w = new Word(r[0], WordClass.valueOf(r[1]), r[2], Frame.valueOf(r[3]));
            switch (w.wordClass()) {
                case VERB -> verbs.put(w.lemma(), w);
                case NOUN -> nouns.put(w.lemma(), w);
                case LIGHT -> lights.put(w.lemma(), w);
            }
        }
        for (String[] r : LexiconFile.rows("media.tsv")) {
            media.put(r[0], r[1]);
        }
    }

    public static Triggers shared() {
        return SHARED;
    }

    public Word verb(String lemma) {
        return lemma == null ? null : verbs.get(lemma.toLowerCase(Locale.ROOT));
    }

    public Word noun(String lemma) {
        return lemma == null ? null : nouns.get(lemma.toLowerCase(Locale.ROOT));
    }

    public Word light(String lemma) {
        return lemma == null ? null : lights.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** The medium a modifier word names ("phone", "virtual"), or null. */
    public String medium(String lemma) {
        return lemma == null ? null : media.get(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * A short fingerprint of the trigger words: which sentences get a dependency parse depends on them, so analyses
     * stored under an older lexicon are stale.
     */
    public String fingerprint() {
        java.util.TreeSet<String> words = new java.util.TreeSet<>(verbs.keySet());
        words.addAll(nouns.keySet());
        return Integer.toHexString(String.join(",", words).hashCode());
    }

    /** Whether a sentence with this lemma may report an event: such sentences are worth a dependency parse. */
    public boolean mayTrigger(String lemma) {
        if (lemma == null) {
            return false;
        }
        String l = lemma.toLowerCase(Locale.ROOT);
        return verbs.containsKey(l) || nouns.containsKey(l);
    }
}
