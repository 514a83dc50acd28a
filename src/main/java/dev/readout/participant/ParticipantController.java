package dev.readout.participant;

import dev.readout.call.Call;
import dev.readout.call.CallService;
import dev.readout.graphql.GlobalId;
import dev.readout.graphql.PageArgs;
import dev.readout.graphql.PageConnection;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code participants} query and the {@code Participant} type's fields. {@code calls} and {@code counterparts}
 * take arguments, which {@code @BatchMapping} cannot pass, so they go through named DataLoaders keyed by participant
 * and arguments: one query per batch of participants, not one per participant.
 */
@Controller
public class ParticipantController {

    private final ParticipantService participants;
    private final CallService calls;

    record CallsKey(String participantId, PageArgs args) {
    }

    record CounterpartsKey(String participantId, int first) {
    }

    public record Counterpart(Participant participant, int calls) {
    }

    public ParticipantController(ParticipantService participants, CallService calls, BatchLoaderRegistry registry) {
        this.participants = participants;
        this.calls = calls;
        registry.<CallsKey, PageConnection<Call>>forName("participantCalls")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> loadCalls(keys)));
        registry.<CounterpartsKey, List<Counterpart>>forName("participantCounterparts")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> loadCounterparts(keys)));
    }

    @QueryMapping(name = "participants")
    public PageConnection<Participant> participantsPage(@Argument ParticipantService.ParticipantFilter filter,
                                                        @Argument Integer first, @Argument String after,
                                                        @Argument Integer last, @Argument String before) {
        return participants.page(filter, PageArgs.of(first, after, last, before));
    }

    @SchemaMapping(typeName = "Participant", field = "id")
    public String id(Participant participant) {
        return GlobalId.of("Participant", participant.id());
    }

    @SchemaMapping(typeName = "Participant", field = "calls")
    public CompletableFuture<PageConnection<Call>> calls(Participant participant, @Argument Integer first,
                                                         @Argument String after,
                                                         DataLoader<CallsKey, PageConnection<Call>> participantCalls) {
        return participantCalls.load(new CallsKey(participant.id(), PageArgs.first(first, after)));
    }

    @SchemaMapping(typeName = "Participant", field = "counterparts")
    public CompletableFuture<List<Counterpart>> counterparts(
            Participant participant, @Argument Integer first,
            DataLoader<CounterpartsKey, List<Counterpart>> participantCounterparts) {
        int n = PageArgs.first(first, null).size();
        return participantCounterparts.load(new CounterpartsKey(participant.id(), n));
    }

    private Map<CallsKey, PageConnection<Call>> loadCalls(Set<CallsKey> keys) {
        Set<String> ids = new HashSet<>();
        keys.forEach(k -> ids.add(k.participantId()));
        Map<String, List<Call>> byParticipant = new HashMap<>();
        for (Call c : calls.callsOfParticipants(ids)) {
            for (String p : c.participantIds()) {
                if (ids.contains(p)) {
                    byParticipant.computeIfAbsent(p, x -> new ArrayList<>()).add(c);
                }
            }
        }
        Map<CallsKey, PageConnection<Call>> out = new HashMap<>();
        for (CallsKey k : keys) {
            out.put(k, CallService.ORDER.page(byParticipant.getOrDefault(k.participantId(), List.of()), k.args()));
        }
        return out;
    }

    /** One query over the calls of every participant in the batch, one for the counterparts' documents. */
    private Map<CounterpartsKey, List<Counterpart>> loadCounterparts(Set<CounterpartsKey> keys) {
        Set<String> ids = new HashSet<>();
        keys.forEach(k -> ids.add(k.participantId()));
        Map<String, Map<String, Integer>> counts = calls.counterpartCounts(ids);
        Set<String> others = new HashSet<>();
        counts.values().forEach(m -> others.addAll(m.keySet()));
        Map<String, Participant> byId = participants.byIds(others);
        Map<CounterpartsKey, List<Counterpart>> out = new HashMap<>();
        for (CounterpartsKey k : keys) {
            out.put(k, CallService.rank(counts.getOrDefault(k.participantId(), Map.of()), byId, k.first()).stream()
                    .map(e -> new Counterpart(e.getKey(), e.getValue())).toList());
        }
        return out;
    }
}
