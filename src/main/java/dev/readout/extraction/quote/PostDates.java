package dev.readout.extraction.quote;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The date of an embedded post's author line ("February 1, 2022"). */
final class PostDates {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_FIRST_SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PostDates() {
    }

    static LocalDate parse(String text) {
        String t = text.replace(".", "").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter f : new DateTimeFormatter[]{FULL, SHORT, DAY_FIRST, DAY_FIRST_SHORT}) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
