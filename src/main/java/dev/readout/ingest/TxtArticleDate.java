package dev.readout.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The publication date a {@code .txt} article is ingested with, strongest first: the sidecar file beside it
 * ({@code article.txt.date}, holding one {@code YYYY-MM-DD}); else the date the text gives itself (the
 * {@code " date YYYY-MM-DD "} header or a dateline, read by {@link ArticleText}); else the command's
 * {@code --published-on} default; else none. A sidecar rather than a line in the file: the article stays as it was
 * downloaded, so its content hash, and with it its id, does not depend on whether a date was known.
 */
final class TxtArticleDate {

    static final String SIDECAR_SUFFIX = ".date";

    private TxtArticleDate() {
    }

    /**
     * @param file     the article's path (its sidecar is looked up beside it)
     * @param text     the article's text
     * @param fallback the {@code --published-on} default, or null
     * @return the date to pass as the article's publication date, or null to let the text decide (it has none, or
     * gives its own)
     * @throws IllegalArgumentException when the sidecar exists but does not hold one ISO date
     */
    static LocalDate of(Path file, String text, LocalDate fallback) {
        Path sidecar = sidecar(file);
        if (Files.isRegularFile(sidecar)) {
            String value;
            try {
                value = Files.readString(sidecar, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + sidecar.getFileName() + ": " + e.getMessage());
            }
            return parse(value, sidecar.getFileName().toString());
        }
        if (fallback != null && ArticleText.of(text, null).publishedOn() == null) {
            return fallback;
        }
        return null;
    }

    static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + SIDECAR_SUFFIX);
    }

    /** A strict ISO date, or an error naming where the value came from and what is expected. */
    static LocalDate parse(String value, String where) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeException e) {
            // a well-formed but impossible day (2022-02-30): same message
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        throw new IllegalArgumentException(where + " must hold one date as YYYY-MM-DD, e.g. 2024-03-05; found '"
                + shown + "'");
    }
}
