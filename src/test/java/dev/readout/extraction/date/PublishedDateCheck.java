package dev.readout.extraction.date;

import dev.readout.extraction.eval.CorpusFiles;
import dev.readout.ingest.ArticleText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Dev tool: how often {@code ArticleText.of(text, null).publishedOn()} agrees with the gold's {@code published}, per
 * set (seeds, dev, wide without the blind split, negatives; the blind split is never read). Prints each disagreement
 * as "set/name gold=... got=... (rule at offset)" with {@code --errors}. The negatives' gold records only ` date `
 * headers, so a stamp read there shows as a disagreement although the date is right.
 * <p>
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.readout.extraction.date.PublishedDateCheck [--errors]}
 */
public final class PublishedDateCheck {

    /** One set's figures: articles, agreements, wrong days (a date read that is not the gold's) and misses. */
    public record Figures(String set, int n, int ok, int wrongDay, int missed, List<String> errors) {
    }

    static final List<String> SETS = List.of("seeds", "dev", "wide", "negatives");
    private static final Pattern PUBLISHED = Pattern.compile("\"published\"\\s*:\\s*(null|\"(\\d{4}-\\d{2}-\\d{2})\")");

    public static void main(String[] args) throws IOException {
        boolean errors = List.of(args).contains("--errors");
        int allOk = 0;
        int allN = 0;
        for (String set : SETS) {
            Figures f = measure(set);
            if (errors) {
                f.errors().forEach(System.out::println);
            }
            System.out.printf("%-10s %d/%d = %.3f  (wrong day %d, missed %d)%n", set.equals("wide") ? "wide-open" : set,
                    f.ok(), f.n(), f.n() == 0 ? 0.0 : (double) f.ok() / f.n(), f.wrongDay(), f.missed());
            allOk += f.ok();
            allN += f.n();
        }
        System.out.printf("%-10s %d/%d = %.3f%n", "all", allOk, allN, (double) allOk / allN);
    }

    /** The figures of one set of the shared corpus (wide without the blind split). */
    static Figures measure(String set) throws IOException {
        Set<String> blind = Files.readAllLines(Path.of("eval/blind-split.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).collect(Collectors.toSet());
        Path dir = CorpusFiles.ROOT.resolve(set).resolve("articles");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int ok = 0;
        int n = 0;
        int wrongDay = 0;
        int missed = 0;
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".txt", "");
            if (set.equals("wide") && blind.contains(name)) {
                continue;
            }
            Matcher m = PUBLISHED.matcher(Files.readString(CorpusFiles.gold(f)));
            if (!m.find()) {
                continue;
            }
            LocalDate gold = m.group(2) == null ? null : LocalDate.parse(m.group(2));
            String text = Files.readString(f);
            LocalDate got = ArticleText.of(text, null).publishedOn();
            n++;
            if (Objects.equals(gold, got)) {
                ok++;
                continue;
            }
            if (got != null) {
                wrongDay++;
            } else {
                missed++;
            }
            PublishedDate.Reading r = PublishedDate.find(text);
            errors.add(set + "/" + name + " gold=" + gold + " got=" + got + (r == null ? "" : " (" + r.rule() + " at " + r.at() + ")"));
        }
        return new Figures(set, n, ok, wrongDay, missed, errors);
    }
}
