package dev.readout.statement;

import dev.readout.article.Mention;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * One quotation.
 *
 * @param textKey    the folded text, for case/accent-insensitive text search and merging
 * @param speakerId  the resolved speaker, or null when the article gives only words ("a senior official")
 * @param speakerKey the speaker id, or the folded speaker words when unresolved: with textKey, the merge key
 * @param callId     the call this statement was made about, when the resolver could tell
 */
@Document("statements")
public record Statement(@Id String id, String text, String textKey, String speakerId, String speakerKey,
                        String speakerText, StatementChannel channel, LocalDate date, List<Mention> mentions,
                        String callId) {

    public static final String COLLECTION = "statements";

    public Statement {
        mentions = mentions == null ? List.of() : mentions;
    }
}
