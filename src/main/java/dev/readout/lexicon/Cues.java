package dev.readout.lexicon;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Words that change what a reported contact is: tried, planned, wished, denied, cancelled, conditional, counted ({@code cues.tsv}). */
public final class Cues {

    /** What a cue word says of the contact it governs or modifies. */
    public enum Cue { ATTEMPT, PLAN, WISH, NEGATION, CANCEL, HYPOTHETICAL, COUNT, DENY, REPORT, ABILITY, MEASURE, PROSPECT, NOT_CONTACT, SCHEDULED, SEPARATE, DISTINCT, OCCASION, CARRY_ON, PLURAL_ONE, REGIONAL, PERIOD, SO_FAR, POINT }

    private static final Cues SHARED = new Cues();

    private final Map<String, Set<Cue>> cues = new HashMap<>();

    private Cues() {
        for (String[] r : LexiconFile.rows("cues.tsv")) {
            cues.computeIfAbsent(r[0], k -> EnumSet.noneOf(Cue.class)).add(Cue.valueOf(r[1]));
        }
    }

    public static Cues shared() {
        return SHARED;
    }

    /** The cues a word (lemma) carries; empty for most words. */
    public Set<Cue> of(String lemma) {
        return lemma == null ? Set.of() : cues.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of());
    }

    public boolean is(String lemma, Cue cue) {
        return of(lemma).contains(cue);
    }
}
