package dev.readout.participant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * One article's mention of one participant, as the extractor resolved it within the article (fullest name, aliases,
 * role, country), and the stored participant it currently belongs to. Participants are derived from their sightings:
 * name, aliases, country and roles are recomputed from them, so removing an article's sightings (re-extraction)
 * removes exactly what that article contributed.
 *
 * @param id            articleId + "#p" + the participant's place in the article's extraction: stable across re-resolution
 * @param participantId the participant this sighting belongs to now
 * @param keys          {@link NameMatcher#nameKeys} lookup keys; anonymous sources are keyed within their article only
 * @param firstSeen     the earliest date of the facts the article states with this participant (event date, else publication)
 */
@Document(Sighting.COLLECTION)
public record Sighting(@Id String id, String articleId, String participantId, ParticipantKind kind, String name,
                       List<String> aliases, String title, String organization, String country,
                       LocalDate firstSeen, LocalDate lastSeen, List<String> keys) {

    public static final String COLLECTION = "participantSightings";

    public Sighting {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    Sighting withParticipant(String participantId) {
        return new Sighting(id, articleId, participantId, kind, name, aliases, title, organization, country, firstSeen,
                lastSeen, keys);
    }

    boolean anonymous() {
        return NameMatcher.isAnonymous(name);
    }
}
