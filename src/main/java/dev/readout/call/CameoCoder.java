package dev.readout.call;

import dev.readout.participant.NameKeys;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes a call as a CAMEO event of the CONSULT family, with its Goldstein value and PLOVER category and mode. Pure:
 * no Spring, no database; the call's medium and status, its participants (ids, names, countries) and the sentences
 * that report it are all it reads.
 * <ul>
 * <li>held phone call: 041 Discuss by telephone (PLOVER CONSULT, mode phone);</li>
 * <li>held in-person meeting, or talks whose medium is unknown, when the evidence says who travelled to whom:
 * 042 Make a visit, source the visitor ("X visited Moscow", "X travelled to Berlin and met Y", a meeting place in one
 * side's country), or 043 Host a visit, source the host ("Y hosted X", "X was welcomed by Y");
 * 044 Meet at a third location when the place is in neither side's country (mode third-party);</li>
 * <li>any other held call (video, or nothing said about the place): 040 Consult, not specified;</li>
 * <li>planned: 036 Express intent to meet or negotiate (no PLOVER CONSULT: nothing happened yet);
 * attempted: no code (CAMEO codes what happened, and a failed contact is not a consultation).</li>
 * </ul>
 * Three or more participants make the PLOVER mode multilateral.
 */
public final class CameoCoder {

    /** A participant as the coder needs it; {@code country} is ISO 3166 alpha-2 ("EU" for EU institutions) or null. */
    public record Party(String id, String name, List<String> aliases, String country) {
        public Party {
            aliases = aliases == null ? List.of() : aliases;
        }
    }

    /**
     * A call's codes. {@code sourceId}/{@code targetId} name the visitor and host for 042 (source visits target) and
     * the host and visitor for 043 (source hosts target); null for undirected codes.
     */
    public record Coding(String cameoCode, String label, Double goldstein, String ploverCategory, String ploverMode,
                         String sourceId, String targetId) {
    }

    public static final Coding NONE = new Coding(null, null, null, null, null, null, null);

    private static final Pattern CLAUSES = Pattern.compile("[.;!?]+(?:\\s|$)");
    static final Pattern HOST_VERB = Pattern.compile(
            "\\b(?:hosted|hosts|hosting|welcomed|welcomes|welcoming|received|receives|receiving)\\b( by\\b)?");
    /** Verbs of travel directly followed by the place ("visited moscow", "travelled to berlin"). */
    static final Pattern TRAVEL = Pattern.compile("\\b(?:visit(?:s|ed|ing)?(?: to)?|trip to|"
            + "travel(?:l)?(?:ed|ing|s)? to|arriv(?:ed|es|ing) in|fl(?:ew|ies|ying) to|went to|came to|comes? to|"
            + "landed in) ");
    /** Words of meeting followed, within the clause, by "in"/"at" a place ("met lavrov in geneva"). */
    static final Pattern MEETING = Pattern.compile("\\b(?:met|meet|meets|meeting|talks|summit|hosted|welcomed|"
            + "received)\\b((?:(?! (?:about|on|over|regarding|discuss\\w*|situation|crisis|war|conflict|invasion|"
            + "borders?|troops)\\b).){0,80}?) (?:in|at) ");

    /*
     * Literal text that each pattern above cannot match without (every alternative of its first group contains one of
     * them): a clause without any is not searched with that pattern, which gives the same answer at a fraction of the
     * cost (a regular expression with a leading alternation tries every position of the clause; String.contains does
     * not). The coding of each call in an export ran these three searches on every clause of every report.
     */
    static final String[] HOST_CUES = {"host", "welcom", "receiv"};
    static final String[] TRAVEL_CUES = {"visit", "trip to", "travel", "arriv", "flew to", "flies to",
            "flying to", "went to", "came to", "come", "landed in"};
    static final String[] MEETING_CUES = {"met", "meet", "talks", "summit", "hosted", "welcomed", "received"};

    private CameoCoder() {
    }

    static boolean containsAny(String clause, String[] cues) {
        for (String cue : cues) {
            if (clause.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    public static Coding code(CallMedium medium, CallStatus status, List<Party> parties, List<String> sentences) {
        if (status == CallStatus.ATTEMPTED) {
            return NONE;
        }
        boolean multilateral = parties.size() >= 3;
        if (status == CallStatus.PLANNED) {
            return coding("036", null, null, null, null);
        }
        if (medium == CallMedium.PHONE) {
            return coding("041", "CONSULT", multilateral ? "multilateral" : "phone", null, null);
        }
        if (medium == CallMedium.IN_PERSON || medium == CallMedium.UNKNOWN) {
            // UNKNOWN too: "held talks" in one article may be "visited Moscow" in the next
            for (String sentence : sentences == null ? List.<String>of() : sentences) {
                for (String clause : CLAUSES.split(sentence == null ? "" : sentence)) {
                    Coding c = visit(NameKeys.fold(clause), parties, multilateral);
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        return coding("040", "CONSULT", multilateral ? "multilateral" : null, null, null);
    }

    /** Who hosted whom in one folded clause, or null when the clause does not say. */
    private static Coding visit(String clause, List<Party> parties, boolean multilateral) {
        String visitMode = multilateral ? "multilateral" : "visit";
        // "Y hosted X", "X was welcomed by Y"
        Matcher host = containsAny(clause, HOST_CUES) ? HOST_VERB.matcher(clause) : null;
        while (host != null && host.find()) {
            int after = host.end();
            Party named = firstAfter(clause, parties, after, 60);
            if (named == null) {
                continue;
            }
            Party hostParty;
            Party guest;
            if (host.group(1) != null) {
                hostParty = named;
                guest = lastBefore(clause, parties, host.start(), hostParty);
            } else {
                hostParty = lastBefore(clause, parties, host.start(), named);
                guest = named;
            }
            if (hostParty != null && guest != null) {
                return coding("043", "CONSULT", visitMode, hostParty.id(), guest.id());
            }
        }
        // a place: "visited moscow", "travelled to berlin", "met ... in geneva"
        List<Integer> placeStarts = new ArrayList<>();
        if (containsAny(clause, TRAVEL_CUES)) {
            Matcher travel = TRAVEL.matcher(clause);
            while (travel.find()) {
                placeStarts.add(travel.end());
            }
        }
        if (containsAny(clause, MEETING_CUES)) {
            Matcher meeting = MEETING.matcher(clause);
            while (meeting.find()) {
                placeStarts.add(meeting.end());
            }
        }
        for (int at : placeStarts) {
            Places.Found place = Places.at(clause, at);
            if (place == null) {
                continue;
            }
            Coding c = byPlace(place.countries(), parties, clause, visitMode, multilateral);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static Coding byPlace(Set<String> placeCountries, List<Party> parties, String clause, String visitMode,
                                  boolean multilateral) {
        List<Party> hosts = new ArrayList<>();
        List<Party> visitors = new ArrayList<>();
        boolean unknownCountry = false;
        for (Party p : parties) {
            if (p.country() == null) {
                unknownCountry = true;
            } else if (placeCountries.contains(p.country())) {
                hosts.add(p);
            } else {
                visitors.add(p);
            }
        }
        if (!hosts.isEmpty() && !visitors.isEmpty()) {
            // the visitor named first in the clause is the source
            Party visitor = visitors.stream()
                    .min((a, b) -> Integer.compare(position(clause, a), position(clause, b))).orElseThrow();
            return coding("042", "CONSULT", visitMode, visitor.id(), hosts.get(0).id());
        }
        if (hosts.isEmpty() && !unknownCountry && parties.size() >= 2) {
            return coding("044", "CONSULT", multilateral ? "multilateral" : "third-party", null, null);
        }
        return null;
    }

    private static Coding coding(String code, String plover, String mode, String source, String target) {
        CameoCodes.Code c = CameoCodes.of(code);
        return new Coding(code, c.label(), c.goldstein(), plover, mode, source, target);
    }

    // --- finding participants in a folded clause -----------------------------------------------------------------

    private static Set<String> keys(Party p) {
        Set<String> keys = new LinkedHashSet<>();
        String name = NameKeys.fold(p.name());
        if (!name.isEmpty()) {
            keys.add(name);
            String[] words = name.split(" ");
            if (words.length > 1 && words[words.length - 1].length() > 2) {
                keys.add(words[words.length - 1]);
            }
        }
        for (String a : p.aliases()) {
            String k = NameKeys.fold(a);
            if (k.length() >= 2) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** Every start of a participant's name keys in the clause, at word boundaries. */
    private static List<Integer> positions(String clause, Party p) {
        List<Integer> out = new ArrayList<>();
        String padded = " " + clause + " ";
        for (String k : keys(p)) {
            int i = padded.indexOf(" " + k + " ");
            while (i >= 0) {
                out.add(i);
                i = padded.indexOf(" " + k + " ", i + 1);
            }
        }
        return out;
    }

    private static int position(String clause, Party p) {
        return positions(clause, p).stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
    }

    private static Party firstAfter(String clause, List<Party> parties, int from, int within) {
        Party best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Party p : parties) {
            for (int at : positions(clause, p)) {
                if (at >= from && at <= from + within && at < bestAt) {
                    best = p;
                    bestAt = at;
                }
            }
        }
        return best;
    }

    private static Party lastBefore(String clause, List<Party> parties, int before, Party not) {
        Party best = null;
        int bestAt = -1;
        for (Party p : parties) {
            if (p == not) {
                continue;
            }
            for (int at : positions(clause, p)) {
                if (at < before && at > bestAt) {
                    best = p;
                    bestAt = at;
                }
            }
        }
        return best;
    }
}
