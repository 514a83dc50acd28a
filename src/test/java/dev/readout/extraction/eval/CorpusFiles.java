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

/**
 * The shared gold corpus, read from ../shared/corpus relative to the project directory: the sets seeds, dev, wide
 * and negatives, each with articles/ and gold/. {@link #articles()} is seeds + dev, what the end-to-end tests read.
 */
public final class CorpusFiles {

    public static final Path ROOT = Path.of(System.getProperty("readout.corpus", "../shared/corpus"));
    public static final List<String> PARTS = List.of("seeds", "dev");

    private CorpusFiles() {
    }

    public static boolean present() {
        return PARTS.stream().allMatch(p -> Files.isDirectory(ROOT.resolve(p).resolve("articles"))
                && Files.isDirectory(ROOT.resolve(p).resolve("gold")));
    }

    /** Whether a set (seeds, dev, wide, negatives) is there. */
    public static boolean present(String set) {
        return Files.isDirectory(ROOT.resolve(set).resolve("articles")) && Files.isDirectory(ROOT.resolve(set).resolve("gold"));
    }

    public static List<Path> articles() {
        return articles(PARTS);
    }

    /** The articles of the given sets, in name order per set. */
    public static List<Path> articles(List<String> sets) {
        List<Path> all = new ArrayList<>();
        for (String part : sets) {
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
