package dev.readout.article;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored article. {@code text} is stored exactly as received; every offset of every mention points into it.
 *
 * @param contentHash SHA-256 (hex) of the normalised text: the same article ingested twice is stored once
 */
@Document("articles")
public record Article(@Id String id, String url, String title, String source, LocalDate publishedOn, String text,
                      String contentHash, Instant ingestedAt, ExtractionState extraction) {

    public static final String COLLECTION = "articles";
}
