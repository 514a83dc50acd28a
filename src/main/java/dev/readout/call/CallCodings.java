package dev.readout.call;

import dev.readout.article.Mention;
import dev.readout.participant.Participant;
import dev.readout.participant.ParticipantService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The CAMEO/PLOVER coding of calls, for GraphQL and exports alike, computed when read.
 * <p>
 * Why on read and not stored: the code depends on the participants' countries and on every sentence that reports
 * the call, and both change after the call is first stored (a later article adds a mention saying "in Moscow";
 * identity resolution merges participants and fills in countries). A stored code would go stale unless every such
 * write re-coded the call; computing it costs microseconds next to the participant lookup that exports and GraphQL
 * do anyway, and it is always consistent with what is stored. The price is that the code cannot be a MongoDB
 * filter. A {@code cameoCode} stored on the call document (a curator's correction, a later batch coder) wins over
 * the computed one.
 */
public class CallCodings {

    private final ParticipantService participants;

    public CallCodings(ParticipantService participants) {
        this.participants = participants;
    }

    /** Codes of these calls by call id, loading their participants in one query. */
    public Map<String, CameoCoder.Coding> codings(Collection<Call> calls) {
        Set<String> ids = new LinkedHashSet<>();
        calls.forEach(c -> ids.addAll(c.participantIds()));
        return codings(calls, participants.byIds(ids));
    }

    /** Codes of these calls by call id, with their participants already loaded. */
    public static Map<String, CameoCoder.Coding> codings(Collection<Call> calls, Map<String, Participant> byId) {
        Map<String, CameoCoder.Coding> out = new HashMap<>();
        for (Call c : calls) {
            out.put(c.id(), coding(c, byId));
        }
        return out;
    }

    public static CameoCoder.Coding coding(Call call, Map<String, Participant> byId) {
        return coding(call, call.participantIds().stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /**
     * The call's code, with its participants already looked up: those of its ids that exist, in its order (what
     * {@link #coding(Call, Map)} looks up). For the calls export, which has them at hand for the row: the lookups
     * and streams done twice a row were a third of the coding's cost there.
     */
    public static CameoCoder.Coding coding(Call call, List<Participant> participants) {
        List<CameoCoder.Party> parties = new ArrayList<>(participants.size());
        for (Participant p : participants) {
            parties.add(new CameoCoder.Party(p.id(), p.name(), p.aliases(), p.country()));
        }
        if (call.cameoCode() != null && CameoCodes.of(call.cameoCode()) != null) {
            return stored(call.cameoCode(), parties.size());
        }
        List<String> sentences = new ArrayList<>(call.mentions().size());
        for (Mention m : call.mentions()) {
            sentences.add(m.sentence());
        }
        return CameoCoder.code(call.medium(), call.status(), parties, sentences);
    }

    private static CameoCoder.Coding stored(String code, int participants) {
        CameoCodes.Code c = CameoCodes.of(code);
        String mode = switch (code) {
            case "041" -> "phone";
            case "042", "043" -> "visit";
            case "044" -> "third-party";
            default -> null;
        };
        boolean consult = code.startsWith("04");
        if (consult && participants >= 3) {
            mode = "multilateral";
        }
        return new CameoCoder.Coding(code, c.label(), c.goldstein(), consult ? "CONSULT" : null, mode, null, null);
    }
}
