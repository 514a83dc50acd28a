package dev.readout.call;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The event-data fields of {@code Call}: {@code cameoCode}, {@code goldstein}, {@code plover}. Each is one batch per
 * level of the query (participants of all the calls in one lookup).
 */
@Controller
public class CallCodingController {

    /** PLOVER category and mode, as the schema's {@code Plover} type. */
    public record Plover(String category, String mode) {
    }

    private final CallCodings codings;

    public CallCodingController(CallCodings codings) {
        this.codings = codings;
    }

    // maps, not lists: a batch may hold calls without a code (attempted) and a list may not hold nulls

    @BatchMapping(typeName = "Call", field = "cameoCode")
    public Map<Call, String> cameoCode(List<Call> calls) {
        return each(calls, CameoCoder.Coding::cameoCode);
    }

    @BatchMapping(typeName = "Call", field = "goldstein")
    public Map<Call, Double> goldstein(List<Call> calls) {
        return each(calls, CameoCoder.Coding::goldstein);
    }

    @BatchMapping(typeName = "Call", field = "plover")
    public Map<Call, Plover> plover(List<Call> calls) {
        return each(calls, k -> k.ploverCategory() == null ? null : new Plover(k.ploverCategory(), k.ploverMode()));
    }

    private <T> Map<Call, T> each(List<Call> calls, Function<CameoCoder.Coding, T> field) {
        Map<String, CameoCoder.Coding> codings = this.codings.codings(calls);
        Map<Call, T> out = new HashMap<>();
        for (Call call : calls) {
            T value = field.apply(codings.get(call.id()));
            if (value != null) {
                out.put(call, value);
            }
        }
        return out;
    }
}
