package dev.readout.extraction;

import dev.readout.extraction.eval.AnalysisCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses of sentences written for the rule tests, stored beside them so the tests run the rules on real CoreNLP
 * output without loading a model. A suite is two resources under {@code src/test/resources/analyses/}:
 * {@code SUITE.texts} holds the texts ("## id [yyyy-mm-dd]" then the text, up to the next "## ") and
 * {@code SUITE.tsv} their analyses, written by {@link #main} (run it after adding or changing a text, or after
 * {@link LanguagePipeline#VERSION} changes):
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx4g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.readout.extraction.StoredAnalyses
 * </pre>
 */
public final class StoredAnalyses {

    static final Path DIR = Path.of("src/test/resources/analyses");

    /** One written text: its id, publication date (or null) and words. */
    public record Text(String id, LocalDate published, String text) {
    }

    private final Map<String, AnalyzedText> byId;

    private StoredAnalyses(Map<String, AnalyzedText> byId) {
        this.byId = byId;
    }

    /** Loads a suite; fails with what to run when an analysis is missing or stale. */
    public static StoredAnalyses suite(String name) {
        List<Text> texts = texts(name);
        Map<String, List<String>> stored = readTsv(DIR.resolve(name + ".tsv"));
        Map<String, AnalyzedText> out = new LinkedHashMap<>();
        for (Text t : texts) {
            List<String> lines = stored.get(key(t));
            if (lines == null) {
                throw new IllegalStateException("No stored analysis for '" + t.id() + "' in " + name
                        + ".tsv (new or changed text, or pipeline version " + LanguagePipeline.VERSION
                        + "): run dev.readout.extraction.StoredAnalyses (see its Javadoc)");
            }
            out.put(t.id(), AnalysisCodec.load(t.text(), t.published(), lines));
        }
        return new StoredAnalyses(out);
    }

    public AnalyzedText get(String id) {
        AnalyzedText a = byId.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no text '" + id + "' in this suite");
        }
        return a;
    }

    /** A text's key: its words, date and the pipeline version, so any change asks for a new analysis. */
    private static String key(Text t) {
        String k = LanguagePipeline.VERSION + "\n" + t.published() + "\n" + t.text();
        return t.id() + ":" + Integer.toHexString(k.hashCode());
    }

    static List<Text> texts(String suite) {
        try {
            List<Text> out = new ArrayList<>();
            String id = null;
            LocalDate published = null;
            StringBuilder body = new StringBuilder();
            for (String line : Files.readAllLines(DIR.resolve(suite + ".texts"), StandardCharsets.UTF_8)) {
                if (line.startsWith("## ")) {
                    if (id != null) {
                        out.add(new Text(id, published, body.toString().strip()));
                    }
                    String[] head = line.substring(3).strip().split("\\s+");
                    id = head[0];
                    published = head.length > 1 ? LocalDate.parse(head[1]) : null;
                    body.setLength(0);
                } else if (id != null) {
                    body.append(line).append('\n');
                }
            }
            if (id != null) {
                out.add(new Text(id, published, body.toString().strip()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> readTsv(Path f) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!Files.exists(f)) {
            return out;
        }
        try {
            List<String> cur = null;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.startsWith("D\t")) {
                    cur = new ArrayList<>();
                    out.put(line.substring(2), cur);
                } else if (cur != null) {
                    cur.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the analyses of every suite whose texts changed (all suites, or those named in the arguments). */
    public static void main(String[] args) throws IOException {
        List<String> suites = new ArrayList<>();
        if (args.length > 0) {
            suites.addAll(List.of(args));
        } else {
            try (var s = Files.list(DIR)) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".texts"))
                        .map(n -> n.substring(0, n.length() - 6)).sorted().forEach(suites::add);
            }
        }
        for (String suite : suites) {
            Map<String, List<String>> old = readTsv(DIR.resolve(suite + ".tsv"));
            List<String> out = new ArrayList<>();
            int fresh = 0;
            for (Text t : texts(suite)) {
                List<String> lines = old.get(key(t));
                if (lines == null) {
                    lines = AnalysisCodec.save(LanguagePipeline.shared().analyze(t.text(), t.published()));
                    fresh++;
                }
                out.add("D\t" + key(t));
                out.addAll(lines);
            }
            Files.write(DIR.resolve(suite + ".tsv"), out, StandardCharsets.UTF_8);
            System.out.println(suite + ": " + fresh + " analysed, " + (out.isEmpty() ? 0 : texts(suite).size() - fresh) + " kept");
        }
    }
}
