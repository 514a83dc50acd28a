package dev.readout.health;

import dev.readout.extraction.LanguagePipeline;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Readiness waits for preloaded models; with preloading off it does not. */
class LanguageModelsTest {

    @Test
    void outOfServiceWhilePreloadingAndUpWhenModelsLoadOnFirstUse() {
        assumeFalse(LanguagePipeline.isLoaded(), "another test in this JVM loaded the models");
        assertThat(new LanguageModels(true).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(new LanguageModels(true).health().getDetails()).containsEntry("models", "loading");
        assertThat(new LanguageModels(false).health().getStatus()).isEqualTo(Status.UP);
    }
}
