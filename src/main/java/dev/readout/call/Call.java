package dev.readout.call;

import dev.readout.article.Mention;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * One communication event.
 *
 * @param participantIds ids of the participants, sorted
 * @param participantKey the sorted ids joined by commas: the exact participant set, for merging
 * @param cameoCode      the CAMEO event code, once coded (null for now)
 */
@Document("calls")
public record Call(@Id String id, List<String> participantIds, String participantKey, LocalDate date,
                   DatePrecision datePrecision, String dateText, CallMedium medium, CallStatus status,
                   List<Mention> mentions, String cameoCode) {

    public static final String COLLECTION = "calls";

    public Call {
        participantIds = participantIds == null ? List.of() : participantIds;
        mentions = mentions == null ? List.of() : mentions;
    }
}
