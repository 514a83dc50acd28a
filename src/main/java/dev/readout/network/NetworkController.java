package dev.readout.network;

import dev.readout.call.CallService;
import dev.readout.export.CallNetwork;
import dev.readout.export.ExportService;
import dev.readout.graphql.BadRequestException;
import dev.readout.graphql.SlowAnswers;
import dev.readout.participant.Participant;
import dev.readout.participant.ParticipantService;
import dev.readout.statement.StatementService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code network}: the edges of {@link CallNetwork} (one scan of the matching calls' participant ids), with each
 * participant's number of calls, cut to the {@code first} participants with the most calls and the {@code maxEdges}
 * edges with most calls among them. A page can neither lay out nor read thousands of nodes and tens of thousands of
 * edges (a 100,000-call store has 3,000 participants and 78,000 pairs); the totals tell it how much it does not show.
 */
@Controller
public class NetworkController {

    static final int DEFAULT_NODES = 200;
    static final int MAX_NODES = 500;
    static final int DEFAULT_EDGES = 1000;
    static final int MAX_EDGES = 5000;

    private final CallNetwork network;
    private final SlowAnswers slow;

    /** Built from the feature services, as ExportController is, so {@code @GraphQlTest} slices can load it. */
    public NetworkController(MongoTemplate mongo, CallService calls, StatementService statements,
                             ParticipantService participants, SlowAnswers slow) {
        this.network = new CallNetwork(new ExportService(mongo, calls, statements, participants));
        this.slow = slow;
    }

    public record NetworkNode(Participant participant, int calls) {
    }

    public record NetworkEdge(Participant source, Participant target, int calls, LocalDate firstDate,
                              LocalDate lastDate) {
    }

    public record Network(List<NetworkNode> nodes, List<NetworkEdge> edges, int totalNodes, int totalEdges) {
    }

    /** A large store's answers are kept a while (see {@link SlowAnswers}): every page view asks for the overview. */
    @QueryMapping
    public Network network(@Argument CallService.CallFilter filter, @Argument Integer first,
                           @Argument Integer maxEdges) {
        int max = first == null ? DEFAULT_NODES : first;
        if (max < 0 || max > MAX_NODES) {
            throw new BadRequestException("network(first: " + max + ") is out of range: ask for 0 to " + MAX_NODES
                    + " participants (default " + DEFAULT_NODES + ")");
        }
        int links = maxEdges == null ? DEFAULT_EDGES : maxEdges;
        if (links < 0 || links > MAX_EDGES) {
            throw new BadRequestException("network(maxEdges: " + links + ") is out of range: ask for 0 to " + MAX_EDGES
                    + " edges (default " + DEFAULT_EDGES + ")");
        }
        // one scan serves every size a page asks for: kept cut to the most participants any request may ask for (with
        // every edge among them, so a smaller cut of it is the same as of the whole network), not the whole network
        Network whole = slow.get("network " + CallService.CallFilter.key(filter),
                () -> cut(compute(filter), MAX_NODES, Integer.MAX_VALUE));
        return cut(whole, max, links);
    }

    /** The busiest {@code max} participants and the {@code links} edges with most calls among them. */
    static Network cut(Network whole, int max, int links) {
        if (whole.nodes().size() <= max && whole.edges().size() <= links) {
            return whole;
        }
        List<NetworkNode> nodes = whole.nodes().subList(0, Math.min(max, whole.nodes().size()));
        Set<String> kept = new HashSet<>();
        nodes.forEach(n -> kept.add(n.participant().id()));
        List<NetworkEdge> edges = whole.edges().stream()
                .filter(e -> kept.contains(e.source().id()) && kept.contains(e.target().id())).limit(links).toList();
        return new Network(nodes, edges, whole.totalNodes(), whole.totalEdges());
    }

    /** The whole network: every participant with an edge, busiest first, and every edge, most calls first. */
    Network compute(CallService.CallFilter filter) {
        CallNetwork.Graph graph = network.graph(filter);
        List<String> ids = new ArrayList<>();
        graph.edges().forEach(e -> {
            ids.add(e.a());
            ids.add(e.b());
        });
        Map<String, Participant> byId = network.participants(ids);
        // as in the CSV: an edge whose participant is gone (merged away meanwhile) is left out
        List<CallNetwork.Edge> edges = graph.edges().stream()
                .filter(e -> byId.containsKey(e.a()) && byId.containsKey(e.b())).toList();
        Set<String> linked = new HashSet<>();
        edges.forEach(e -> {
            linked.add(e.a());
            linked.add(e.b());
        });
        Comparator<String> busiestFirst = Comparator.<String>comparingInt(id -> -graph.calls().getOrDefault(id, 0))
                .thenComparing(id -> byId.get(id).name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(id -> id);
        List<NetworkNode> nodes = linked.stream().sorted(busiestFirst)
                .map(id -> new NetworkNode(byId.get(id), graph.calls().getOrDefault(id, 0))).toList();
        List<NetworkEdge> shown = new ArrayList<>();
        for (CallNetwork.Edge e : edges) {
            Participant a = byId.get(e.a());
            Participant b = byId.get(e.b());
            if (a.name().compareToIgnoreCase(b.name()) > 0) {
                Participant t = a;
                a = b;
                b = t;
            }
            shown.add(new NetworkEdge(a, b, e.calls(), e.first(), e.last()));
        }
        shown.sort(Comparator.<NetworkEdge>comparingInt(e -> -e.calls())
                .thenComparing(e -> e.source().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(e -> e.target().name(), String.CASE_INSENSITIVE_ORDER));
        return new Network(nodes, shown, linked.size(), edges.size());
    }
}
