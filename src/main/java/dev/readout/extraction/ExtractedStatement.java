package dev.readout.extraction;

import dev.readout.statement.StatementChannel;

import java.time.LocalDate;

/**
 * One quotation of five or more words and who the article says said it.
 *
 * @param text        the quoted words, without the outer quote marks
 * @param speaker     the speaker resolved in the article (fullest name, role, country), or null when unattributed
 * @param speakerText the words of the attribution as written ("Price", "a senior White House official")
 * @param start       offset of the first quoted character in the stored text
 * @param end         offset after the last quoted character
 * @param sentence    the sentence (or paragraph) that carries the quotation
 */
public record ExtractedStatement(String text, ExtractedParticipant speaker, String speakerText,
                                 StatementChannel channel, LocalDate date, int start, int end, String sentence) {
}
