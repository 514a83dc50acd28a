package dev.readout.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceRepairTest {

    @Test
    void aRunLongerThanAnyWordIsCutWithoutMovingAnyOffset() {
        String given = "Kenyan President William Ruto spoke. " + "x".repeat(200) + " Then he left.";
        SentenceRepair r = SentenceRepair.of(given);
        assertThat(r.text()).hasSameSizeAs(given);
        assertThat(r.text().split("\\s+")).allMatch(w -> w.length() <= SentenceRepair.LONGEST_WORD);
        assertThat(r.text()).startsWith("Kenyan President William Ruto spoke. ").endsWith(" Then he left.");
        assertThat(r.original(given.indexOf("Then"))).isEqualTo(given.indexOf("Then"));
    }

    @Test
    void aFullStopGluedToTheNextSentenceGetsItsSpaceBackAndOffsetsMapToTheGivenText() {
        String given = "They met on Monday.Both sides agreed.";
        SentenceRepair r = SentenceRepair.of(given);
        assertThat(r.text()).isEqualTo("They met on Monday. Both sides agreed.");
        int both = r.text().indexOf("Both");
        assertThat(given.substring(r.original(both), r.original(both + 4))).isEqualTo("Both");
        int monday = r.text().indexOf("Monday.");
        assertThat(r.original(monday + 7)).isEqualTo(given.indexOf("Both")); // end of "Monday." is where "Both" starts
    }

    @Test
    void anHonorificAbbreviationBeforeANameDoesNotEndTheSentence() {
        String given = "The envoy spoke with H.E. Mr. Jean Dupont, the minister.";
        SentenceRepair r = SentenceRepair.of(given);
        assertThat(r.text()).isEqualTo("The envoy spoke with H.E  Mr. Jean Dupont, the minister.").hasSameSizeAs(given);
        assertThat(SentenceRepair.of("He met Gen. Ali Musa.").text()).isEqualTo("He met Gen  Ali Musa.");
    }

    @Test
    void aWireDatelineIsASentenceOfItsOwn() {
        String given = "LIMA, Peru – President Jorge Paz of Chile and President Ana Ruiz of Peru held talks.";
        SentenceRepair r = SentenceRepair.of(given);
        assertThat(r.text()).isEqualTo("LIMA, Peru \n President Jorge Paz of Chile and President Ana Ruiz of Peru held talks.")
                .hasSameSizeAs(given);
        assertThat(SentenceRepair.of("OSLO (Wire) -- The two met.").text()).isEqualTo("OSLO (Wire) \n  The two met.");
        assertThat(SentenceRepair.of("A line.\nNEW DELHI - They met.").text()).isEqualTo("A line.\nNEW DELHI \n They met.");
        // a dash inside a sentence, or after a word in lower case, is no dateline's
        for (String s : new String[]{"Talks in Lima - the capital - went well.", "The EU - and NATO - met."}) {
            assertThat(SentenceRepair.of(s).changed(s)).as(s).isFalse();
        }
    }

    @Test
    void aDatelineGluedAfterTheHeadlinesDateIsASentenceOfItsOwn() {
        String given = "Paz and Ruiz Agree on Water Friday , May 12, 2023 LIMA, Peru — President Jorge Paz met Ana Ruiz.";
        assertThat(SentenceRepair.of(given).text())
                .isEqualTo("Paz and Ruiz Agree on Water Friday , May 12, 2023\nLIMA, Peru \n President Jorge Paz met Ana Ruiz.");
        // a year in a sentence followed by a word in capitals and no dash is no dateline
        String plain = "In 2023 NATO met in Vilnius.";
        assertThat(SentenceRepair.of(plain).changed(plain)).isFalse();
    }

    @Test
    void initialsAbbreviationsAndNumbersAreLeftAlone() {
        for (String s : new String[]{"The U.S.Army said", "It rose 2.5% on Monday", "See www.Example.org", "Mr.Smith"}) {
            assertThat(SentenceRepair.of(s).changed(s)).as(s).isFalse();
        }
    }

    @Test
    void aLineThatGoesOnInLowerCaseIsTheSameSentence() {
        String given = "The two presidents met in the Great Hall of the\npeople's palace on Tuesday.\nA new paragraph";
        assertThat(SentenceRepair.of(given).text())
                .isEqualTo("The two presidents met in the Great Hall of the people's palace on Tuesday.\nA new paragraph");
    }

    @Test
    void aHardWrappedArticleIsReadAsParagraphs() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append("The delegations continued their discussions about trade and security in\n")
              .append("Beijing on Tuesday, officials said after the closed meeting ended.\n");
        }
        String repaired = SentenceRepair.of(sb.toString()).text();
        assertThat(repaired).contains("security in Beijing on Tuesday").contains("ended.\nThe delegations");
    }
}
