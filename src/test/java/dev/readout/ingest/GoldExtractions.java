package dev.readout.ingest;

import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.extraction.Evidence;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.Extraction;
import dev.readout.participant.NameGoldCorpus.GoldArticle;
import dev.readout.participant.GoldIdentities;
import dev.readout.participant.ParticipantKind;
import dev.readout.statement.StatementChannel;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gold annotation of a corpus article as the extractor's output: what a perfect extractor would give the
 * Resolver. Participants are the gold names (no roles or countries: the gold has none), dates, date words, medium,
 * status, evidence offsets found in the stored text; quotations run from the gold prefix to the closing quote mark.
 */
public final class GoldExtractions {

    private GoldExtractions() {
    }

    public static String text(GoldArticle a) {
        try {
            return Files.readString(a.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LocalDate published(GoldArticle a) {
        return a.published() == null ? null : LocalDate.parse(a.published());
    }

    public static ParticipantKind kind(String name) {
        return GoldIdentities.kind(name);
    }

    private static ExtractedParticipant participant(String name) {
        return new ExtractedParticipant(name, kind(name), null, null, null, List.of());
    }

    /** The gold of one article as an extraction with offsets into {@code text} (the article's stored text). */
    public static Extraction of(GoldArticle a, String text) {
        List<ExtractedCall> calls = new ArrayList<>();
        for (JsonNode c : a.gold().get("calls")) {
            List<ExtractedParticipant> ps = new ArrayList<>();
            c.get("participants").forEach(p -> ps.add(participant(p.asString())));
            String date = field(c, "date");
            String evidence = field(c, "evidence");
            int at = evidence == null ? -1 : text.indexOf(evidence);
            List<Evidence> ev = at < 0 ? List.of() : List.of(new Evidence(evidence, at, at + evidence.length()));
            calls.add(new ExtractedCall(ps, date == null ? null : LocalDate.parse(date),
                    date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, dateWords(field(c, "date_text")),
                    CallMedium.valueOf(c.get("medium").asString().toUpperCase(Locale.ROOT)),
                    CallStatus.valueOf(c.get("status").asString().toUpperCase(Locale.ROOT)), ev));
        }
        List<ExtractedStatement> statements = new ArrayList<>();
        for (JsonNode s : a.gold().get("statements")) {
            String prefix = s.get("quote_prefix").asString();
            int at = text.indexOf(prefix);
            String quote = prefix;
            if (at >= 0) {
                int end = at + prefix.length();
                while (end < text.length() && "”\"".indexOf(text.charAt(end)) < 0 && text.charAt(end) != '\n') {
                    end++;
                }
                quote = text.substring(at, end);
            }
            String speaker = s.get("speaker").asString();
            int start = Math.max(at, 0);
            statements.add(new ExtractedStatement(quote, participant(speaker), speaker,
                    StatementChannel.valueOf(s.get("channel").asString().toUpperCase(Locale.ROOT)), published(a),
                    start, start + quote.length(), quote));
        }
        return new Extraction(calls, statements);
    }

    static String field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** The gold's date_text carries the annotator's notes in brackets ("(no published date)"); the article's words do not. */
    static String dateWords(String t) {
        return t == null ? null : t.replaceAll("\\([^)]*(published|year not stated)[^)]*\\)", "").strip();
    }
}
