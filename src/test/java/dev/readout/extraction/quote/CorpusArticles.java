package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.LanguagePipeline;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shared seed and dev corpus ({@code ../shared/corpus} beside the project), analysed once and cached under
 * {@code target/quotes-cache} so that iterating on quote rules needs no language model.
 */
final class CorpusArticles {

    static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Pattern HEADER = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2})\\s");
    private static final Path CACHE = Path.of("target", "quotes-cache");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Article(String name, Path gold, AnalyzedText analyzed) {
    }

    private CorpusArticles() {
    }

    static boolean present() {
        return Files.isDirectory(CORPUS.resolve("seeds/articles")) && Files.isDirectory(CORPUS.resolve("dev/articles"));
    }

    static List<Article> load() throws IOException {
        List<Article> out = new ArrayList<>();
        for (String part : List.of("seeds", "dev")) {
            try (Stream<Path> files = Files.list(CORPUS.resolve(part).resolve("articles"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    out.add(new Article(name, CORPUS.resolve(part).resolve("gold").resolve(name + ".json"),
                            analyzed(text, published(text))));
                }
            }
        }
        return out;
    }

    static LocalDate published(String text) {
        Matcher m = HEADER.matcher(text);
        return m.find() ? LocalDate.parse(m.group(1)) : null;
    }

    static AnalyzedText analyzed(String text, LocalDate published) throws IOException {
        Path cached = CACHE.resolve(hash(text + "|" + published) + ".json");
        if (Files.exists(cached)) {
            return JSON.readValue(cached.toFile(), AnalyzedText.class);
        }
        AnalyzedText a = LanguagePipeline.shared().analyze(text, published);
        Files.createDirectories(CACHE);
        JSON.writeValue(cached.toFile(), a);
        return a;
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
