package dev.readout.participant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The gold files of the seed and dev corpus (../shared/corpus, or -Dreadout.corpus=DIR), read for the
 * name and merge evaluations. Tests using it are skipped where the corpus is absent.
 */
public final class NameGoldCorpus {

    /** The seed and dev sets: what the name and merge rules were first written on. */
    public static final List<String> SEEDS_DEV = List.of("seeds", "dev");
    /** Every set with gold calls and clusters: seeds, dev and the 150 wide articles. */
    public static final List<String> ALL = List.of("seeds", "dev", "wide");

    /**
     * One gold file: its set ("seeds", "dev", "wide"), its article's name (e.g. "d01"), publication date or null,
     * and the JSON.
     */
    public record GoldArticle(String set, String name, String published, JsonNode gold) {

        public Path text() {
            return root().resolve(set + "/articles/" + name + ".txt");
        }
    }

    private NameGoldCorpus() {
    }

    public static Path root() {
        String configured = System.getProperty("readout.corpus");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p : List.of(Path.of("../shared/corpus"), Path.of("/work/shared/corpus"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("../shared/corpus");
    }

    public static boolean present() {
        return present(SEEDS_DEV);
    }

    public static boolean present(List<String> sets) {
        return sets.stream().allMatch(s -> Files.isDirectory(root().resolve(s + "/gold")));
    }

    /** The seed and dev gold. */
    public static List<GoldArticle> articles() {
        return articles(SEEDS_DEV);
    }

    public static List<GoldArticle> articles(List<String> sets) {
        ObjectMapper mapper = new ObjectMapper();
        List<GoldArticle> out = new ArrayList<>();
        for (String set : sets) {
            try (Stream<Path> files = Files.list(root().resolve(set + "/gold"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode g = mapper.readTree(Files.readString(f));
                    String name = f.getFileName().toString().replace(".json", "");
                    JsonNode pub = g.get("published");
                    out.add(new GoldArticle(set, name, pub == null || pub.isNull() ? null : pub.asString(), g));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Every participant, speaker and speaker alternative named in the gold, with repeats; role-only ("?...") left out. */
    public static List<String> names() {
        return names(SEEDS_DEV);
    }

    public static List<String> names(List<String> sets) {
        List<String> names = new ArrayList<>();
        for (GoldArticle a : articles(sets)) {
            for (JsonNode c : a.gold().get("calls")) {
                c.get("participants").forEach(p -> names.add(p.asString()));
            }
            for (JsonNode s : a.gold().get("statements")) {
                names.add(s.get("speaker").asString());
                if (s.has("speaker_alternatives")) {
                    s.get("speaker_alternatives").forEach(p -> names.add(p.asString()));
                }
            }
        }
        names.removeIf(n -> n.startsWith("?"));
        return names;
    }
}
