package dev.readout.ingest;

import dev.readout.extraction.Extractor;
import dev.readout.extraction.ReadoutExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The extractor bean. Creating it is cheap: the language models load on first use, not at start-up, so the API
 * answers at once.
 */
@Configuration(proxyBeanMethods = false)
public class ExtractorConfiguration {

    @Bean
    Extractor extractor() {
        return new ReadoutExtractor();
    }
}
