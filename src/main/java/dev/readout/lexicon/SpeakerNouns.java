package dev.readout.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Common nouns that can be the speaker of a quotation ({@code speakers.tsv}): roles ("the minister"), anonymous
 * sources ("a senior official"), groups ("the leaders"), offices ("the ministry", "the Kremlin"), documents whose issuer speaks ("the readout") and sides of talks. Looked up by lemma.
 * Immutable and shared.
 */
public final class SpeakerNouns {

    /** What a speaker noun stands for; see speakers.tsv. */
    public enum Kind { ROLE, ANONYMOUS, GROUP, OFFICE, DOCUMENT, SIDE, WORDS }

    private static final SpeakerNouns SHARED = new SpeakerNouns();

    private final Map<String, Kind> kinds = new HashMap<>();

    private SpeakerNouns() {
        for (String[] r : LexiconFile.rows("speakers.tsv")) {
            kinds.put(r[0], Kind.valueOf(r[1]));
        }
    }

    public static SpeakerNouns shared() {
        return SHARED;
    }

    /** The kind of speaker the noun (lemma) names, or null when it names none. */
    public Kind kind(String lemma) {
        return lemma == null ? null : kinds.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether the noun can say something (words said are not a speaker: their maker is). */
    public boolean speaks(String lemma) {
        Kind k = kind(lemma);
        return k != null && k != Kind.WORDS;
    }

    /** Words someone said ("remarks", "comments"): "remarks made by X" are X's. */
    public boolean words(String lemma) {
        return kind(lemma) == Kind.WORDS;
    }

    /** An office, government, agency or side: an organisation, not a person. */
    public boolean organization(String lemma) {
        Kind k = kind(lemma);
        return k == Kind.OFFICE || k == Kind.SIDE;
    }

    /** Several people speaking together ("the leaders"). */
    public boolean group(String lemma) {
        return kind(lemma) == Kind.GROUP;
    }

    /** A document whose issuer is the speaker. */
    public boolean document(String lemma) {
        return kind(lemma) == Kind.DOCUMENT;
    }
}
