package dev.readout.extraction.call;

import dev.readout.extraction.grammar.SentenceView;

import java.util.List;

/** Stage 2: one grammatical pattern that places a party of an event relative to its trigger. */
public interface SideRule {

    String name();

    List<SideHit> read(Trigger t, SentenceView s);
}
