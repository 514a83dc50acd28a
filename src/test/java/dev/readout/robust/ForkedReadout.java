package dev.readout.robust;

import dev.readout.ReadoutApplication;
import dev.readout.extraction.Extraction;
import dev.readout.extraction.Extractor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.LocalDate;

/**
 * Readout as {@link KillNineTest} runs it in a separate JVM: the real application, with an extractor that finds
 * nothing, so that the test measures storage durability and not the language models' load time.
 */
public final class ForkedReadout {

    /** Not a {@code @Configuration}, so component scanning never picks it up in other tests. */
    public static class NoExtraction {
        @Bean
        @Primary
        Extractor noExtraction() {
            return new Extractor() {
                @Override
                public Extraction extract(String text, LocalDate publishedOn) {
                    return Extraction.empty();
                }

                @Override
                public String version() {
                    return "kill-nine-test";
                }
            };
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(new Class<?>[]{ReadoutApplication.class, NoExtraction.class}, args);
    }
}
