package dev.readout.participant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * One participant across all articles.
 *
 * @param nameKeys    the name and every alias, case- and accent-folded ({@link NameKeys#fold}), for lookups
 * @param identityKey "participant:" + id, unique: identity is decided by {@link ParticipantResolver} from the
 *                    participant's {@link Sighting}s, from which name, aliases, country and roles are derived
 * @param sortKey     the folded name, the order of participant listings
 */
@Document("participants")
public record Participant(@Id String id, String name, List<String> aliases, ParticipantKind kind, String country,
                          List<Role> roles, List<String> nameKeys, String identityKey, String sortKey) {

    public static final String COLLECTION = "participants";

    public Participant {
        aliases = aliases == null ? List.of() : aliases;
        roles = roles == null ? List.of() : roles;
        nameKeys = nameKeys == null ? List.of() : nameKeys;
    }
}
