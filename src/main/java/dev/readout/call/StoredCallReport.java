package dev.readout.call;

import dev.readout.article.Mention;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One article's report of one call, kept so that {@link CallMerger#merge} can be re-run over every report of a
 * participant set whenever one arrives, changes or leaves: calls are derived from their reports.
 *
 * @param id             articleId + "#" + the call's place in the article's extraction
 * @param participantRefs the article's participant sightings ({@code dev.readout.participant.Sighting} ids)
 * @param participantIds the participants those sightings belong to now, sorted
 * @param participantKey the sorted ids joined by commas, as on {@link Call}
 * @param mentions       every piece of evidence the article gives for it, first mention first
 * @param passages       fingerprints of the article's quoted text ({@link Passages}): reports of one story share some
 * @param callId         the stored call this report is merged into
 * @param first          the article tells it as the parties' first contact of its kind (absent, false, in reports
 *                       stored before it was read)
 */
@Document(StoredCallReport.COLLECTION)
public record StoredCallReport(@Id String id, String articleId, int index, List<String> participantRefs,
                               List<String> participantIds, String participantKey, LocalDate date,
                               DatePrecision precision, String dateText, CallMedium medium, CallStatus status,
                               LocalDate published, List<Mention> mentions, List<Long> passages, String callId,
                               Boolean first) {

    public static final String COLLECTION = "callReports";

    public StoredCallReport {
        participantRefs = participantRefs == null ? List.of() : List.copyOf(participantRefs);
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        passages = passages == null ? List.of() : List.copyOf(passages);
        first = Boolean.TRUE.equals(first); // boxed so that a report stored before the field existed reads as false
    }

    CallMerger.CallReport report() {
        return new CallMerger.CallReport(id, articleId, Set.copyOf(participantIds), date, precision, dateText, medium,
                status, published, Set.copyOf(passages), first);
    }

    StoredCallReport withParticipants(List<String> ids) {
        return new StoredCallReport(id, articleId, index, participantRefs, ids, String.join(",", ids), date, precision,
                dateText, medium, status, published, mentions, passages, callId, first);
    }

    StoredCallReport withCall(String call) {
        return new StoredCallReport(id, articleId, index, participantRefs, participantIds, participantKey, date,
                precision, dateText, medium, status, published, mentions, passages, call, first);
    }
}
