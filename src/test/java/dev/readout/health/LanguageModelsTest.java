package dev.readout.health;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness waits for preloaded models and turns UP once they are loaded; with preloading off it does not wait. */
class LanguageModelsTest {

    @Test
    void outOfServiceWhilePreloadingUpOnceLoaded() {
        AtomicBoolean loaded = new AtomicBoolean(false);
        LanguageModels models = new LanguageModels(true, loaded::get);
        assertThat(models.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(models.health().getDetails()).containsEntry("models", "loading");
        loaded.set(true);
        assertThat(models.health().getStatus()).isEqualTo(Status.UP);
        assertThat(models.health().getDetails()).containsEntry("models", "loaded");
    }

    @Test
    void upWhenModelsLoadOnFirstUse() {
        assertThat(new LanguageModels(false, () -> false).health().getStatus()).isEqualTo(Status.UP);
    }
}
