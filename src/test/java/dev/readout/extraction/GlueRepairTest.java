package dev.readout.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlueRepairTest {

    @Test
    void aFullStopGluedToTheNextSentenceGetsItsSpaceBackAndOffsetsMapToTheGivenText() {
        String given = "They met on Monday.Both sides agreed.";
        GlueRepair r = GlueRepair.of(given);
        assertThat(r.text()).isEqualTo("They met on Monday. Both sides agreed.");
        int both = r.text().indexOf("Both");
        assertThat(given.substring(r.original(both), r.original(both + 4))).isEqualTo("Both");
        int monday = r.text().indexOf("Monday.");
        assertThat(r.original(monday + 7)).isEqualTo(given.indexOf("Both")); // end of "Monday." is where "Both" starts
    }

    @Test
    void anHonorificAbbreviationBeforeANameDoesNotEndTheSentence() {
        String given = "The envoy spoke with H.E. Mr. Jean Dupont, the minister.";
        GlueRepair r = GlueRepair.of(given);
        assertThat(r.text()).isEqualTo("The envoy spoke with H.E  Mr. Jean Dupont, the minister.").hasSameSizeAs(given);
        assertThat(GlueRepair.of("He met Gen. Ali Musa.").text()).isEqualTo("He met Gen  Ali Musa.");
    }

    @Test
    void initialsAbbreviationsAndNumbersAreLeftAlone() {
        for (String s : new String[]{"The U.S.Army said", "It rose 2.5% on Monday", "See www.Example.org", "Mr.Smith"}) {
            assertThat(GlueRepair.of(s).changed(s)).as(s).isFalse();
        }
    }
}
