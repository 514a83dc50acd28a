package dev.readout.participant;

import dev.readout.graphql.ApiKeys;
import dev.readout.graphql.GlobalId;
import dev.readout.graphql.SlowAnswers;
import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** {@code mergeParticipants}, {@code undoParticipantMerge}, the {@code ParticipantMerge} type and {@code Participant.merges}. */
@Controller
public class ParticipantMergeController {

    private final ParticipantMerges merges;
    private final ApiKeys apiKeys;
    private final SlowAnswers slow;

    public ParticipantMergeController(ParticipantMerges merges, ApiKeys apiKeys, SlowAnswers slow) {
        this.merges = merges;
        this.apiKeys = apiKeys;
        this.slow = slow;
    }

    public record MergeParticipantsInput(String participantId, String otherParticipantId, String note) {
    }

    public record UndoParticipantMergeInput(String mergeId) {
    }

    @MutationMapping
    public ParticipantMerges.Merged mergeParticipants(@Argument MergeParticipantsInput input, GraphQLContext context) {
        apiKeys.require(context);
        ParticipantMerges.Merged merged = merges.merge(GlobalId.require("Participant", input.participantId()),
                GlobalId.require("Participant", input.otherParticipantId()), input.note());
        slow.clear(); // a kept network or timeline would still show the two participants apart
        return merged;
    }

    @MutationMapping
    public ParticipantMerges.Undone undoParticipantMerge(@Argument UndoParticipantMergeInput input,
                                                         GraphQLContext context) {
        apiKeys.require(context);
        ParticipantMerges.Undone undone = merges.undo(GlobalId.require("ParticipantMerge", input.mergeId()));
        slow.clear();
        return undone;
    }

    @SchemaMapping(typeName = "ParticipantMerge", field = "id")
    public String id(ParticipantMerge merge) {
        return GlobalId.of("ParticipantMerge", merge.id());
    }

    @SchemaMapping(typeName = "ParticipantMerge", field = "mergedAt")
    public OffsetDateTime mergedAt(ParticipantMerge merge) {
        return merge.mergedAt().atOffset(ZoneOffset.UTC);
    }

    @BatchMapping(typeName = "Participant", field = "merges")
    public Map<Participant, List<ParticipantMerge>> participantMerges(List<Participant> participants) {
        return merges.of(participants);
    }
}
