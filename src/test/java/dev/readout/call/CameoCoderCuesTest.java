package dev.readout.call;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cues that let {@link CameoCoder} skip a pattern's search: every word form each pattern opens with is found by
 * it in a clause and holds one of its cues, so a clause without a cue has no match to lose. The forms are spelled out
 * from the patterns; a form added to a pattern belongs here too.
 */
class CameoCoderCuesTest {

    private static final List<String> HOST_FORMS = List.of("hosted", "hosts", "hosting", "welcomed", "welcomes",
            "welcoming", "received", "receives", "receiving");
    private static final List<String> TRAVEL_FORMS = List.of("visit", "visits", "visited", "visiting", "visit to",
            "visits to", "visited to", "visiting to", "trip to", "travel to", "travels to", "traveled to",
            "travelled to", "traveling to", "travelling to", "arrived in", "arrives in", "arriving in", "flew to",
            "flies to", "flying to", "went to", "came to", "come to", "comes to", "landed in");
    private static final List<String> MEETING_FORMS = List.of("met", "meet", "meets", "meeting", "talks", "summit",
            "hosted", "welcomed", "received");

    @Test
    void everyFormAPatternOpensWithHoldsOneOfItsCues() {
        check(CameoCoder.HOST_VERB, HOST_FORMS, CameoCoder.HOST_CUES, "%s by lavrov");
        check(CameoCoder.TRAVEL, TRAVEL_FORMS, CameoCoder.TRAVEL_CUES, "blinken %s moscow");
        check(CameoCoder.MEETING, MEETING_FORMS, CameoCoder.MEETING_CUES, "blinken %s lavrov in geneva");
    }

    @Test
    void aClauseWithoutCuesIsNotSearched() {
        assertThat(CameoCoder.containsAny("blinken spoke with lavrov about the war", CameoCoder.HOST_CUES)).isFalse();
        assertThat(CameoCoder.containsAny("blinken spoke with lavrov about the war", CameoCoder.TRAVEL_CUES)).isFalse();
        assertThat(CameoCoder.containsAny("blinken spoke with lavrov about the war", CameoCoder.MEETING_CUES))
                .isFalse();
    }

    private static void check(Pattern pattern, List<String> forms, String[] cues, String clause) {
        for (String form : forms) {
            assertThat(pattern.matcher(clause.formatted(form)).find()).as("%s found by %s", form, pattern).isTrue();
            assertThat(CameoCoder.containsAny(form, cues)).as("%s holds a cue", form).isTrue();
        }
    }
}
