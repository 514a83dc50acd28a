package dev.readout.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The sample articles bundled in the jar under {@code samples/} (see README for their origin). */
@Component
public class SampleCorpus {

    private static final Logger log = LoggerFactory.getLogger(SampleCorpus.class);
    static final String SOURCE = "Readout sample corpus";

    private final IngestService ingest;

    public SampleCorpus(IngestService ingest) {
        this.ingest = ingest;
    }

    public record Sample(String name, String text) {
    }

    public static List<Sample> samples() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*.txt");
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(r -> {
                        try {
                            return new Sample(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled sample articles", e);
        }
    }

    /** Ingests every sample, logging progress; returns how many were newly stored. */
    public int load() {
        List<Sample> samples = samples();
        int created = 0;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            log.info("Loading sample articles: {}/{} ({})", i + 1, samples.size(), s.name());
            if (ingest.ingest(new IngestService.IngestRequest(s.text(), null, null, SOURCE, null)).created()) {
                created++;
            }
        }
        log.info("Sample articles loaded: {} new of {}", created, samples.size());
        return created;
    }
}
