package dev.readout.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runnable jar after {@code package} (run by failsafe in {@code mvn verify}): it holds, of CoreNLP's models, exactly
 * the files pom.xml lists ({@code corenlp.slim-models}) and not the whole models jar, and alone, in a JVM of its own,
 * it loads the pipeline and extracts the sample articles' calls ({@code ingest --explain}, which stores nothing).
 */
class SlimJarIT {

    private static final String MODELS = "BOOT-INF/classes/edu/stanford/nlp/models/";
    private static final Path SAMPLES = Path.of("src/main/resources/samples");

    private static Path jar() {
        Path jar = Path.of(System.getProperty("readout.jar", "target/readout-0.1.0.jar"));
        assertThat(jar).as("the runnable jar (mvn package builds it)").isRegularFile();
        return jar;
    }

    @Test
    void holdsOnlyTheListedModels() throws IOException {
        Set<String> listed = Arrays.stream(System.getProperty("readout.slim-models", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> "BOOT-INF/classes/" + s).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("corenlp.slim-models in pom.xml").isNotEmpty();
        try (ZipFile zip = new ZipFile(jar().toFile())) {
            List<String> names = zip.stream().map(e -> e.getName()).toList();
            assertThat(names.stream().filter(n -> n.startsWith(MODELS) && !n.endsWith("/")))
                    .containsExactlyInAnyOrderElementsOf(listed);
            assertThat(names).filteredOn(n -> n.startsWith("BOOT-INF/lib/") && n.contains("models"))
                    .as("no whole models jar").isEmpty();
        }
    }

    @Test
    void extractsTheSamplesCallsFromThePackagedJarAlone() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = Files.createTempFile("readout-slim-jar", ".out");
        Process p = new ProcessBuilder(java.toString(), "-Xmx2g", "-jar", jar().toString(), "ingest", "--explain",
                SAMPLES.resolve("002_6bbe357bb2cbdd54.txt").toString(),
                SAMPLES.resolve("004_4b836f8422cedee9.txt").toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean finished = p.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        assertThat(finished).as("finished in 5 minutes: %s", output).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("Exception").contains("Language models loaded");
        List<String> calls = output.lines().filter(l -> l.matches("  \\S.* \\| .* \\| \\w+ \\| \\w+")).toList();
        assertThat(calls).as(output)
                .anySatisfy(c -> assertThat(c).contains("Blinken").contains("Truss").contains("2022-02-23")
                        .contains("PHONE | HELD"))
                .anySatisfy(c -> assertThat(c).contains("Blinken").contains("Sergey Lavrov").contains("2022-02-01")
                        .contains("PHONE | HELD"));
    }
}
