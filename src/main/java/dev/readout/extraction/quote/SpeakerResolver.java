package dev.readout.extraction.quote;

import dev.readout.extraction.ExtractedParticipant;

/**
 * Turns the words of an attribution ("Price", "the Pentagon spokesperson", "a senior White House official") into the
 * participant the article means, using everything the article says about its people. Implemented by the article's
 * people index; the quote attributor only finds the words.
 */
@FunctionalInterface
public interface SpeakerResolver {

    /**
     * @param speakerText the attribution as written; "he" or "she" asks for the person the pronoun most likely means
     *                    at the offset (the quote rules ask so for the person a narrative is about)
     * @param offset      where those words start in the article, so the nearest earlier mention wins
     * @return the participant, or null when the words name nobody; words the resolver cannot tie to anyone may come
     *         back as written (the quote rules then decide: an office stays an office, a pronoun is left unattributed)
     */
    ExtractedParticipant resolve(String speakerText, int offset);

    /** Takes the words as written: a person for capitalised names, as is for offices and anonymous sources. */
    static SpeakerResolver asWritten() {
        return (text, offset) -> text == null || text.isBlank() ? null : ExtractedParticipant.person(text.strip());
    }
}
