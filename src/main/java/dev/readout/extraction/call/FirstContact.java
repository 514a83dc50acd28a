package dev.readout.extraction.call;

import dev.readout.extraction.grammar.SentenceView;

import java.util.Set;

/**
 * Whether an event is told as the parties' first contact of its kind: "their first face-to-face meeting", "his first
 * summit with X", "the first-ever phone call between them". A pair has one first meeting (and one first call), so
 * reports that both tell it are one event however far apart their articles place it (the resolver's use). Not a
 * first within a period ("the first meeting since 2019", "the first talks in five years", "the first call this
 * year"), which many events of a pair can be, nor a first of a series counted otherwise ("the first round of talks").
 */
final class FirstContact {

    /** Markers that make "first" a first within a period or of an office: "since 2019", "in five years", "this year". */
    private static final Set<String> PERIOD_MARKERS = Set.of("since", "in", "of", "for", "as", "after");
    /** Time words that end a period ("the first meeting this year", "in a decade"). */
    private static final Set<String> TIME_NOUNS = Set.of("year", "decade", "month", "week", "day", "time", "term",
            "tenure", "presidency", "premiership", "administration", "century");

    private FirstContact() {
    }

    static boolean toldAsFirst(Trigger t, SentenceView s) {
        int noun = t.token();
        if (!t.isNoun()) {
            return false; // "first met in 2019" tells a time, not which event; only "the first meeting" names one
        }
        boolean first = false;
        for (int d : s.dependents(noun, "amod", "advmod")) {
            String w = s.lower(d);
            first |= w.equals("first") || w.equals("first-ever");
        }
        if (!first) {
            return false;
        }
        for (int node : new int[]{noun, t.light()}) {
            if (node < 0) {
                continue;
            }
            for (var a : s.dependents(node)) {
                String rel = a.relation();
                int d = a.dependent();
                if (!(rel.startsWith("nmod") || rel.startsWith("obl") || rel.equals("advmod"))) {
                    continue;
                }
                Set<String> markers = new java.util.HashSet<>();
                s.dependents(d, "case", "mark").forEach(c -> markers.add(s.lemma(c)));
                boolean timeWord = TIME_NOUNS.contains(s.lemma(d)) || s.ner(d).equals("DATE") || s.ner(d).equals("DURATION");
                boolean period = timeWord && (markers.stream().anyMatch(PERIOD_MARKERS::contains) || rel.endsWith("tmod")
                        || !s.dependents(d, "det").isEmpty());
                if (period || markers.contains("since")) {
                    return false; // "since 2019", "since the war", "in five years", "this year", "of his presidency"
                }
            }
        }
        return true;
    }
}
