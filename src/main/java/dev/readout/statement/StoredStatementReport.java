package dev.readout.statement;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * One article's report of one quotation, kept so that statements can be regrouped from all their reports whenever
 * one arrives, changes or leaves.
 *
 * @param id           articleId + "#s" + the quotation's place in the article's extraction
 * @param speakerRef   the speaker's participant sighting in the article, or null when unattributed
 * @param speakerKey   who said it, for merging: the speaker's participant id; "a:" + the words for an anonymous
 *                     source; "t:" + the attribution words when unresolved
 * @param shingles     {@link QuotationMatcher#shingles}: a truncated report shares one with the full quotation
 * @param callReportId the article's call report this quotation is about, or null
 * @param statementId  the stored statement this report is merged into
 */
@Document(StoredStatementReport.COLLECTION)
public record StoredStatementReport(@Id String id, String articleId, int index, String speakerRef, String speakerKey,
                                    String speakerText, String text, StatementChannel channel, LocalDate date,
                                    int start, int end, String sentence, List<String> shingles, String callReportId,
                                    String statementId) {

    public static final String COLLECTION = "statementReports";

    public StoredStatementReport {
        shingles = shingles == null ? List.of() : List.copyOf(shingles);
    }

    /** Whether the speaker key is a participant id (it follows the participant when participants are regrouped). */
    boolean keyedByParticipant() {
        return speakerKey != null && !speakerKey.startsWith("a:") && !speakerKey.startsWith("t:");
    }

    StoredStatementReport with(String key, String statement) {
        return new StoredStatementReport(id, articleId, index, speakerRef, key, speakerText, text, channel, date, start,
                end, sentence, shingles, callReportId, statement);
    }
}
