package dev.readout.export;

import dev.readout.call.Call;
import dev.readout.call.CallService;
import dev.readout.graphql.GlobalId;
import dev.readout.participant.Participant;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The call network as an undirected, weighted edge list: one row per pair of participants who took part in the same
 * calls, with how many and the first and last dates. A call with three or more participants links every pair of
 * them. Calls are streamed; memory holds one entry per pair (the output), not the calls.
 */
public class CallNetwork {

    static final List<String> COLUMNS = List.of("source_id", "source_name", "target_id", "target_name", "calls",
            "first_date", "last_date");

    private final ExportService exports;

    public CallNetwork(ExportService exports) {
        this.exports = exports;
    }

    /** One edge. {@code a} and {@code b} are storage ids. */
    public record Edge(String a, String b, int calls, LocalDate first, LocalDate last) {
    }

    /** The edges, and how many of the matching calls each participant took part in (storage ids). */
    public record Graph(List<Edge> edges, Map<String, Integer> calls) {
    }

    public List<Edge> edges(CallService.CallFilter filter) {
        return graph(filter).edges();
    }

    public Graph graph(CallService.CallFilter filter) {
        Map<String, Edge> edges = new HashMap<>();
        Map<String, Integer> calls = new HashMap<>();
        exports.eachCall(filter, chunk -> {
            for (Call c : chunk) {
                List<String> ids = c.participantIds().stream().distinct().sorted().toList();
                ids.forEach(id -> calls.merge(id, 1, Integer::sum));
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        String a = ids.get(i);
                        String b = ids.get(j);
                        edges.merge(a + "," + b, new Edge(a, b, 1, c.date(), c.date()), CallNetwork::add);
                    }
                }
            }
        });
        return new Graph(new ArrayList<>(edges.values()), calls);
    }

    private static Edge add(Edge x, Edge y) {
        return new Edge(x.a(), x.b(), x.calls() + y.calls(), min(x.first(), y.first()), max(x.last(), y.last()));
    }

    /** A prepared network export (the filter is resolved now, so a bad one fails before any output). */
    public ExportService.Export csv(CallService.CallFilter filter) {
        return out -> write(edges(filter), out);
    }

    /** The participants of these storage ids, looked up in chunks. */
    public Map<String, Participant> participants(List<String> ids) {
        Map<String, Participant> byId = new HashMap<>();
        List<String> distinct = ids.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i += ExportService.CHUNK) {
            byId.putAll(exports.participantsById(distinct.subList(i, Math.min(distinct.size(), i + ExportService.CHUNK))));
        }
        return byId;
    }

    private void write(List<Edge> edges, OutputStream out) {
        List<String> ids = new ArrayList<>();
        edges.forEach(e -> {
            ids.add(e.a());
            ids.add(e.b());
        });
        Map<String, Participant> byId = participants(ids);
        List<Map<String, Object>> rows = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            Participant a = byId.get(e.a());
            Participant b = byId.get(e.b());
            if (a == null || b == null) {
                continue;
            }
            // the pair in name order, so a file reads naturally and the same pair always has the same direction
            if (a.name().compareToIgnoreCase(b.name()) > 0) {
                Participant t = a;
                a = b;
                b = t;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source_id", GlobalId.of("Participant", a.id()));
            row.put("source_name", a.name());
            row.put("target_id", GlobalId.of("Participant", b.id()));
            row.put("target_name", b.name());
            row.put("calls", e.calls());
            row.put("first_date", e.first() == null ? null : e.first().toString());
            row.put("last_date", e.last() == null ? null : e.last().toString());
            rows.add(row);
        }
        rows.sort(Comparator.<Map<String, Object>>comparingInt(r -> -(Integer) r.get("calls"))
                .thenComparing(r -> (String) r.get("source_name"), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> (String) r.get("target_name"), String.CASE_INSENSITIVE_ORDER));
        try (RowWriter w = RowWriter.csv(out, COLUMNS)) {
            rows.forEach(w::write);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
