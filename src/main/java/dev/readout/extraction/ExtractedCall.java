package dev.readout.extraction;

import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;

import java.time.LocalDate;
import java.util.List;

/**
 * One communication event reported by one article; several mentions of the same event in the article are one call
 * with several pieces of evidence.
 *
 * @param date          the day (or the first day of the month or year, per precision), or null when UNKNOWN
 * @param dateText      the words that gave the date ("on Wednesday"), kept also when they could not be resolved
 * @param evidence      every sentence of the article that reports this call, first mention first
 * @param first         the article tells it as the parties' first contact of its kind ("their first face-to-face
 *                      meeting", "his first phone call with X"): there is one such event per pair and medium
 */
public record ExtractedCall(List<ExtractedParticipant> participants, LocalDate date, DatePrecision datePrecision,
                            String dateText, CallMedium medium, CallStatus status, List<Evidence> evidence,
                            boolean first) {

    public ExtractedCall {
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
    }

    /** A call not told as the parties' first. */
    public ExtractedCall(List<ExtractedParticipant> participants, LocalDate date, DatePrecision datePrecision,
                         String dateText, CallMedium medium, CallStatus status, List<Evidence> evidence) {
        this(participants, date, datePrecision, dateText, medium, status, evidence, false);
    }
}
