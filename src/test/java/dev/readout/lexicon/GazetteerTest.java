package dev.readout.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.shared();

    /** A part of the world whose name holds a state's is matched whole, so it names no state. */
    @Test
    void aPartOfTheWorldNamesNoState() {
        Gazetteer.Match m = g.match(List.of("ministers", "of", "South", "America", "met"), 2);
        assertEquals(4, m.end());
        assertNull(m.stateCode());
        assertFalse(m.has(Gazetteer.Type.NAME));
        assertNull(g.match(List.of("Latin", "American", "leaders"), 0).stateCode());
    }

    /** The state's own name, and a state whose name starts like a part of the world, still name the state. */
    @Test
    void statesStillMatch() {
        assertEquals("US", g.match(List.of("America", "and", "China"), 0).stateCode());
        assertEquals("US", g.match(List.of("American", "officials"), 0).stateCode());
        assertEquals("ZA", g.match(List.of("South", "Africa"), 0).stateCode());
    }
}
