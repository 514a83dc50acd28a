package dev.readout.extraction.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The shared gold corpus (seeds + dev), read from ../shared/corpus relative to the project directory. */
public final class CorpusFiles {

    public static final Path ROOT = Path.of(System.getProperty("readout.corpus", "../shared/corpus"));
    public static final List<String> PARTS = List.of("seeds", "dev");

    private CorpusFiles() {
    }

    public static boolean present() {
        return PARTS.stream().allMatch(p -> Files.isDirectory(ROOT.resolve(p).resolve("articles"))
                && Files.isDirectory(ROOT.resolve(p).resolve("gold")));
    }

    public static List<Path> articles() {
        List<Path> all = new ArrayList<>();
        for (String part : PARTS) {
            try (Stream<Path> s = Files.list(ROOT.resolve(part).resolve("articles"))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    public static Path gold(Path article) {
        String name = article.getFileName().toString().replace(".txt", ".json");
        return article.getParent().getParent().resolve("gold").resolve(name);
    }

    private static final Pattern PUBLISHED = Pattern.compile("\"published\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");

    /**
     * The publication date the service would hand the extractor: the gold's {@code published}, which is the header
     * date or the dateline (what ArticleText reads), or null.
     */
    public static LocalDate published(Path article) {
        try {
            Matcher m = PUBLISHED.matcher(Files.readString(gold(article)));
            return m.find() ? LocalDate.parse(m.group(1)) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
