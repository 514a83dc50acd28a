package dev.readout.participant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A user's decision that two participants are one: kept apart from what articles contributed, so re-extraction and
 * re-resolution keep applying it, and deleting it undoes it. It names each side by its full names as they were when
 * merged (the participants themselves are re-derived and may get other ids), and grouping joins whatever participants
 * hold a name of each side ({@link ParticipantGroups}).
 *
 * @param names      the full names of one side, as shown then (its name and aliases)
 * @param otherNames the full names of the other side
 * @param keys       the sightings' exact-name keys of both sides ({@code n:KIND:folded}), to find the decision and
 *                   the sightings it joins
 * @param oneSide    the keys of {@code names}
 */
@Document(ParticipantMerge.COLLECTION)
public record ParticipantMerge(@Id String id, ParticipantKind kind, List<String> names, List<String> otherNames,
                               List<String> keys, List<String> oneSide, String note, Instant mergedAt) {

    public static final String COLLECTION = "participantMerges";

    public ParticipantMerge {
        names = names == null ? List.of() : List.copyOf(names);
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        keys = keys == null ? List.of() : List.copyOf(keys);
        oneSide = oneSide == null ? List.of() : List.copyOf(oneSide);
    }

    /** The exact-name key a sighting of this name carries ({@link ParticipantResolver#keys}). */
    static String key(ParticipantKind kind, String name) {
        return "n:" + kind + ":" + NameKeys.fold(name);
    }

    boolean namesOneSide(Sighting s) {
        return s.kind() == kind && s.keys().stream().anyMatch(oneSide::contains);
    }

    boolean namesOtherSide(Sighting s) {
        return s.kind() == kind && s.keys().stream().anyMatch(k -> keys.contains(k) && !oneSide.contains(k));
    }
}
