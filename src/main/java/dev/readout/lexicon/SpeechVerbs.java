package dev.readout.lexicon;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that report speech ({@code speech.tsv}): the verbs of an attribution ("said", "told", "added"), those that
 * report speech only right beside the quotation ("continued"), those that name a source ("reported"), the words
 * after which a quotation names a thing ("so-called", "dubbed"), and the verbs that pass words on ("quoted X as
 * saying") or give out documents ("a note released by"). Looked up by lemma. Immutable and shared.
 */
public final class SpeechVerbs {

    /** How a word takes part in reporting speech; see speech.tsv. */
    public enum Use { SAY, ADJACENT, SOURCE, NAMING, QUOTING, ISSUING, PHRASAL }

    private static final SpeechVerbs SHARED = new SpeechVerbs();

    private final Map<String, Set<Use>> uses = new HashMap<>();
    private final List<String> forms = new ArrayList<>();
    private final Map<String, String> particles = new HashMap<>();

    private SpeechVerbs() {
        for (String[] r : LexiconFile.rows("speech.tsv")) {
            Use use = Use.valueOf(r[1]);
            uses.computeIfAbsent(r[0], k -> EnumSet.noneOf(Use.class)).add(use);
            if (use == Use.PHRASAL) {
                particles.put(r[0], r[2].strip());
            } else if (r.length > 2 && !r[2].isBlank()) {
                forms.addAll(List.of(r[2].split("\\|")));
            }
        }
    }

    public static SpeechVerbs shared() {
        return SHARED;
    }

    /** Whether the lemma reports speech, wherever it stands or only beside the quotation. */
    public boolean isSpeech(String lemma) {
        Set<Use> u = of(lemma);
        return u.contains(Use.SAY) || u.contains(Use.ADJACENT);
    }

    /** Whether the lemma reports speech only right beside the quotation. */
    public boolean adjacentOnly(String lemma) {
        return of(lemma).contains(Use.ADJACENT);
    }

    /** Whether the lemma names a source rather than a speaker. */
    public boolean source(String lemma) {
        return of(lemma).contains(Use.SOURCE);
    }

    /** Whether a quotation after this word names a thing rather than being said. */
    public boolean naming(String word) {
        return of(word).contains(Use.NAMING);
    }

    /** Whether the lemma passes on someone else's words ("quoted X as saying"). */
    public boolean quoting(String lemma) {
        return of(lemma).contains(Use.QUOTING);
    }

    /** Whether the lemma gives out a document ("released", "issued"). */
    public boolean issuing(String lemma) {
        return of(lemma).contains(Use.ISSUING);
    }

    /** The particle of a verb that reports speech right before a quotation ("spoke of “…”"), or null. */
    public String particle(String lemma) {
        return lemma == null ? null : particles.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** The inflected forms a string-only reader recognises ("said", "told", "added"), in file order. */
    public List<String> forms() {
        return List.copyOf(forms);
    }

    private Set<Use> of(String lemma) {
        return lemma == null ? Set.of() : uses.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of());
    }
}
