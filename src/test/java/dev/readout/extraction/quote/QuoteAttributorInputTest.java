package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Odd inputs, no language model: nothing is invented and nothing throws. */
class QuoteAttributorInputTest {

    private final QuoteAttributor attributor = new QuoteAttributor();

    @Test
    void emptyText() {
        assertThat(attributor.attribute(new AnalyzedText("", null, List.of(), List.of()), SpeakerResolver.asWritten()))
                .isEmpty();
    }

    @Test
    void quotationsWithoutAnyAnalysisHaveNoSpeakerAndAreLeftOut() {
        String t = "“We will keep pushing for a ceasefire,” he said.\n\n“Unclosed and unattributed words run on here\n\n”";
        assertThat(attributor.attribute(new AnalyzedText(t, null, List.of(), List.of()), SpeakerResolver.asWritten()))
                .isEmpty();
    }

    @Test
    void onlyMarks() {
        String t = "“ ” \" ' ‘ ’ « »\n”\n“";
        assertThat(attributor.attribute(new AnalyzedText(t, null, List.of(), List.of()), null)).isEmpty();
    }
}
