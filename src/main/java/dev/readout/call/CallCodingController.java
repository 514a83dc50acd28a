package dev.readout.call;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;

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

    @BatchMapping(typeName = "Call", field = "cameoCode")
    public List<String> cameoCode(List<Call> calls) {
        Map<String, CameoCoder.Coding> c = codings.codings(calls);
        return calls.stream().map(call -> c.get(call.id()).cameoCode()).toList();
    }

    @BatchMapping(typeName = "Call", field = "goldstein")
    public List<Double> goldstein(List<Call> calls) {
        Map<String, CameoCoder.Coding> c = codings.codings(calls);
        return calls.stream().map(call -> c.get(call.id()).goldstein()).toList();
    }

    @BatchMapping(typeName = "Call", field = "plover")
    public List<Plover> plover(List<Call> calls) {
        Map<String, CameoCoder.Coding> c = codings.codings(calls);
        return calls.stream().map(call -> {
            CameoCoder.Coding k = c.get(call.id());
            return k.ploverCategory() == null ? null : new Plover(k.ploverCategory(), k.ploverMode());
        }).toList();
    }
}
