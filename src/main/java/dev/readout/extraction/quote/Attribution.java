package dev.readout.extraction.quote;

/**
 * One place where the article says who says something, outside any quotation: "Price added", "said Kirby", "according
 * to the readout", "the White House said in a statement", "a senior official told reporters".
 *
 * @param speakerText  the speaker's words as written ("the Pentagon spokesperson", "he", "White House")
 * @param speakerStart offset of those words in the article
 * @param anchorStart  start of the whole attribution phrase (speaker and verb)
 * @param anchorEnd    end of the whole attribution phrase
 * @param verb         the lemma of the reporting verb, or "according to"
 * @param weak         a source rather than a speaker ("according to", "X reported"): a speaker with a speech verb in the
 *                     same sentence wins over it
 * @param form         how the speaker is referred to
 * @param sentence     index of the sentence
 * @param person       the speaker's words end in a person's name
 * @param organization the speaker's words name an office, government or agency
 * @param rule         the name of the rule that read it, for the trace
 */
record Attribution(String speakerText, int speakerStart, int anchorStart, int anchorEnd, String verb, boolean weak,
                   Form form, int sentence, boolean person, boolean organization, String rule) {

    enum Form {
        /** a name, a role, an office or an anonymous source */
        NAMED,
        /** he, she: the person the article last reported speaking */
        PERSON_PRONOUN,
        /** it, or a document with no issuer ("the readout", "the statement"): an office mentioned before */
        ORGANIZATION_REFERENCE
    }

    /** The same attribution phrase, its speaker taken from another attribution (an antecedent). */
    Attribution withSpeaker(Attribution other) {
        return new Attribution(other.speakerText, other.speakerStart, anchorStart, anchorEnd, verb, weak, other.form,
                sentence, other.person, other.organization, rule);
    }

    /** The same speaker, read by another rule at another place ("…, adding"). */
    Attribution at(int anchorStart, int anchorEnd, String verb, boolean weak, int sentence, String rule) {
        return new Attribution(speakerText, speakerStart, anchorStart, anchorEnd, verb, weak, form, sentence, person,
                organization, rule);
    }

    /** The same attribution read as a source that relays someone's words, not as their speaker. */
    Attribution asSource() {
        return new Attribution(speakerText, speakerStart, anchorStart, anchorEnd, verb, true, form, sentence, person,
                organization, rule + "+relay");
    }

    Attribution asOrganization() {
        return new Attribution(speakerText, speakerStart, anchorStart, anchorEnd, verb, weak, form, sentence, false,
                true, rule);
    }

    @Override
    public String toString() {
        return rule + ":'" + speakerText + "' " + verb + (weak ? " (source)" : "") + " s" + sentence + " " + form
                + (person ? " person" : "") + (organization ? " org" : "");
    }
}
