package dev.readout.call;

import dev.readout.participant.ParticipantService;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The event-data fields of {@code Call}: {@code cameoCode}, {@code goldstein}, {@code plover}. The three fields share
 * one DataLoader, so a page of calls asking for all three costs one participant lookup, not one per call or field.
 */
@Controller
public class CallCodingController {

    /** PLOVER category and mode, as the schema's {@code Plover} type. */
    public record Plover(String category, String mode) {
    }

    public CallCodingController(ParticipantService participants, BatchLoaderRegistry registry) {
        // built here rather than injected: GraphQL slice tests load controllers with the services, not this helper
        CallCodings codings = new CallCodings(participants);
        registry.<Call, CameoCoder.Coding>forName("callCoding")
                .registerMappedBatchLoader((calls, env) -> Mono.fromCallable(() -> load(codings, calls)));
    }

    private static Map<Call, CameoCoder.Coding> load(CallCodings codings, Set<Call> calls) {
        Map<String, CameoCoder.Coding> byId = codings.codings(calls);
        Map<Call, CameoCoder.Coding> out = new HashMap<>();
        calls.forEach(c -> out.put(c, byId.get(c.id())));
        return out;
    }

    @SchemaMapping(typeName = "Call", field = "cameoCode")
    public CompletableFuture<String> cameoCode(Call call, DataLoader<Call, CameoCoder.Coding> callCoding) {
        return callCoding.load(call).thenApply(CameoCoder.Coding::cameoCode);
    }

    @SchemaMapping(typeName = "Call", field = "goldstein")
    public CompletableFuture<Double> goldstein(Call call, DataLoader<Call, CameoCoder.Coding> callCoding) {
        return callCoding.load(call).thenApply(CameoCoder.Coding::goldstein);
    }

    @SchemaMapping(typeName = "Call", field = "plover")
    public CompletableFuture<Plover> plover(Call call, DataLoader<Call, CameoCoder.Coding> callCoding) {
        return callCoding.load(call).thenApply(k -> k.ploverCategory() == null ? null
                : new Plover(k.ploverCategory(), k.ploverMode()));
    }
}
