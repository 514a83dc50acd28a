package dev.readout.statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementCameoTest {

    private static String code(String quote) {
        return StatementCameo.code(quote, null);
    }

    @Test
    void criticismAndDenunciationAre111() {
        assertThat(code("We strongly condemn Russia's decision to recognise the so-called republics")).isEqualTo("111");
        assertThat(StatementCameo.code("This is a flagrant breach of international law by Moscow",
                "Both diplomats denounced Russia's decision, saying: \"This is a flagrant breach of international "
                        + "law by Moscow\"")).isEqualTo("111");
        assertThat(StatementCameo.goldstein("111")).isEqualTo(-2.0);
    }

    @Test
    void appealsAre02x() {
        assertThat(code("We urge Russia to immediately de-escalate and withdraw its troops from the border"))
                .isEqualTo("025");
        assertThat(code("We call on all sides to return to the negotiating table without delay")).isEqualTo("026");
        assertThat(code("We call on our partners to provide more humanitarian aid to Ukraine")).isEqualTo("023");
        assertThat(code("I urge everyone in the region to keep calm and act responsibly")).isEqualTo("020");
    }

    @Test
    void threatsAre13x() {
        assertThat(code("Any further invasion would be met with swift and severe consequences for Russia"))
                .startsWith("13");
        assertThat(code("We threatened new sanctions if the troops are not pulled back")).isEqualTo("1312");
        assertThat(code("We are ready to use military force if they cross that line, he warned")).isEqualTo("138");
    }

    @Test
    void intentToMeetIs036() {
        assertThat(code("In my conversation today with Foreign Minister Lavrov, I emphasized the willingness of the "
                + "United States, together with Allies and partners, to continue discussions of mutual security "
                + "concerns.")).isEqualTo("036");
        assertThat(code("The two leaders agreed to meet in person at the summit next month")).isEqualTo("036");
        assertThat(code("I am willing to speak with Putin, but only with him.")).isEqualTo("036");
        assertThat(code("The government will review whether the companies meet their obligations under the law"))
                .isNull();
    }

    @Test
    void praiseIs051() {
        assertThat(code("I praised the courage of the Ukrainian people and their leadership")).isEqualTo("051");
        assertThat(StatementCameo.goldstein("051")).isEqualTo(3.4);
    }

    @Test
    void aStatementWhoseWordsSayNoneOfTheseHasNoCode() {
        assertThat(code("They discussed the extensive bilateral coordination on developing and executing swift and "
                + "severe economic measures against Russia.")).isNull();
        assertThat(code("The meeting lasted for about an hour and a half")).isNull();
        assertThat(StatementCameo.goldstein(null)).isNull();
    }
}
