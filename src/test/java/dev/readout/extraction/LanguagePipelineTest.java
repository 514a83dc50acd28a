package dev.readout.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagePipelineTest {

    @Test
    void findsPeopleAndTagsDatesSoThatTheyAreNeverReadAsNames() {
        String text = "US Secretary of State Antony Blinken on Wednesday spoke with UK Foreign Secretary Liz Truss.";
        AnalyzedText a = LanguagePipeline.shared().analyze(text, LocalDate.of(2022, 2, 24));

        assertThat(a.sentences()).hasSize(1);
        assertThat(a.entities()).extracting(AnalyzedText.Entity::text).contains("Antony Blinken", "Liz Truss");
        AnalyzedText.Entity wednesday = a.entities().stream().filter(e -> e.type().equals("DATE")).findFirst().orElseThrow();
        assertThat(wednesday.text()).isEqualTo("Wednesday");
        // SUTime is off (it was most of the pipeline's cost): NER still tags the words DATE, so they are never read
        // as a name, and Readout's own DateResolver turns them into days
        assertThat(wednesday.normalized()).isNotEqualTo("2022-02-23");
        assertThat(text.substring(wednesday.start(), wednesday.end())).isEqualTo("Wednesday");
    }
}
