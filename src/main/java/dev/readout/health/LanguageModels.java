package dev.readout.health;

import dev.readout.extraction.LanguagePipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.function.BooleanSupplier;

/**
 * Loads the language models in the background once the application is ready ({@code readout.models.preload}, on by
 * default), so the API answers at once and the first ingest does not pay the load; and reports them to
 * {@code /actuator/health/readiness} as {@code languageModels}: OUT_OF_SERVICE while they load, UP once loaded,
 * DOWN when loading failed. With preloading off the models load on first use and readiness does not wait for them.
 */
@Component("languageModelsHealthIndicator")
public class LanguageModels implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(LanguageModels.class);

    private final boolean preload;
    private final BooleanSupplier loaded;
    private volatile Thread loader;
    private volatile Throwable failure;

    @Autowired
    public LanguageModels(@Value("${readout.models.preload:true}") boolean preload) {
        this(preload, LanguagePipeline::isLoaded);
    }

    LanguageModels(boolean preload, BooleanSupplier loaded) {
        this.preload = preload;
        this.loaded = loaded;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startLoading() {
        if (!preload || loaded.getAsBoolean()) {
            return;
        }
        Thread t = new Thread(this::load, "readout-models");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        loader = t;
        t.start();
    }

    private void load() {
        try {
            log.info("Loading the language models in the background; readiness reports OUT_OF_SERVICE until done");
            LanguagePipeline.shared();
        } catch (Throwable e) {
            failure = e;
            log.error("The language models could not be loaded; extraction will retry on first use", e);
        }
    }

    @Override
    public Health health() {
        if (loaded.getAsBoolean()) {
            return Health.up().withDetail("models", "loaded").build();
        }
        Throwable f = failure;
        if (f != null) {
            return Health.down().withDetail("models", "failed to load: " + f.getClass().getSimpleName()).build();
        }
        if (!preload) {
            return Health.up().withDetail("models", "load on first use (readout.models.preload=false)").build();
        }
        return Health.outOfService().withDetail("models", "loading").build();
    }
}
