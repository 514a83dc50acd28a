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
 * @param dateMentions   the mentions whose reports give the date themselves; every other report of the call agrees
 *                       with it or says nothing about the day
 */
@Document("calls")
public record Call(@Id String id, List<String> participantIds, String participantKey, LocalDate date,
                   DatePrecision datePrecision, String dateText, CallMedium medium, CallStatus status,
                   List<Mention> mentions, String cameoCode, List<Mention> dateMentions) {

    public static final String COLLECTION = "calls";

    public Call {
        participantIds = participantIds == null ? List.of() : participantIds;
        mentions = mentions == null ? List.of() : mentions;
        dateMentions = dateMentions == null ? List.of() : dateMentions;
    }

    /** A call whose date comes from its first mention, or that has none (generated stores, tests). */
    public Call(String id, List<String> participantIds, String participantKey, LocalDate date,
                DatePrecision datePrecision, String dateText, CallMedium medium, CallStatus status,
                List<Mention> mentions, String cameoCode) {
        this(id, participantIds, participantKey, date, datePrecision, dateText, medium, status, mentions, cameoCode,
                date == null || mentions == null || mentions.isEmpty() ? List.of() : List.of(mentions.get(0)));
    }
}
