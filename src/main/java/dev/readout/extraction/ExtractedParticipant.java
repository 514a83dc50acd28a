package dev.readout.extraction;

import dev.readout.participant.ParticipantKind;

import java.util.List;

/**
 * A person, organisation or government as one article names it.
 *
 * @param name         the fullest form the article gives ("Sergey Shoygu", not "Shoygu"); for an anonymous
 *                     source, the words as written ("a senior White House official")
 * @param kind         person, organisation or country
 * @param title        the role the article gives at the time ("Secretary of State"), or null
 * @param organization the organisation of that role ("State Department", "NATO"), or null
 * @param country      ISO 3166 alpha-2 code ("US", "RU"; "EU" for European Union institutions), or null
 * @param aliases      other spellings of the same participant in this article ("Blinken", "Antony J. Blinken")
 */
public record ExtractedParticipant(String name, ParticipantKind kind, String title, String organization,
                                   String country, List<String> aliases) {

    public ExtractedParticipant {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static ExtractedParticipant person(String name) {
        return new ExtractedParticipant(name, ParticipantKind.PERSON, null, null, null, List.of());
    }
}
