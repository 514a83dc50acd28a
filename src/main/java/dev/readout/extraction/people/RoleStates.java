package dev.readout.extraction.people;

import dev.readout.extraction.people.ArticlePeople.Kind;
import dev.readout.extraction.people.IndexDraft.Pending;

import java.util.ArrayList;
import java.util.List;

/**
 * A role reference that names a state gives it to the one person it can only mean: "Prime Minister Abiy Ahmed met
 * President Emmanuel Macron. The Ethiopian leader thanked ..." makes Abiy Ahmed Ethiopian when the article names
 * nobody of Ethiopia and he is the only leader whose state it left open. A person the article gave no title also
 * takes the role's office ("The President of Kazakhstan has arrived ... Mirziyoyev met Nazarbayev"). A role in the very
 * sentence that names the person ("X met the Indian prime minister") names someone else and gives nothing.
 */
final class RoleStates {

    private RoleStates() {
    }

    /** Until nothing changes: one role settled ("the French president") can leave another only one holder. */
    static void apply(IndexDraft d) {
        boolean changed = true;
        for (int pass = 0; changed && pass < 3; pass++) {
            changed = false;
            for (List<Pending> ms : d.mentions) {
                for (Pending role : ms) {
                    if (role.kind() == Kind.ROLE && !role.plural() && role.country() != null && role.family() != null
                            && !"COUNTERPART".equals(role.family()) && !"SUBNATIONAL".equals(role.family())) {
                        changed |= give(d, role);
                    }
                }
            }
        }
    }

    private static boolean give(IndexDraft d, Pending role) {
        List<PartyDraft> open = new ArrayList<>();
        for (PartyDraft p : d.parties) {
            if (p.isPerson() && role.country().equals(p.country)) {
                return false; // someone of that state is named: the role may well be theirs ("Russia's leader, Putin")
            }
            // a person of no known office may be the role's holder as much as one of a fitting office
            if (p.isPerson() && p.country == null && (p.family == null || RoleResolver.familyFits(role.family(),
                    role.title(), p.family, p.title)) && namedElsewhere(d, p, role)) {
                open.add(p);
            }
        }
        if (open.size() == 1) {
            PartyDraft p = open.get(0);
            p.countryWhy = "role '" + role.text() + "'";
            p.role(null, role.family(), null, role.country(), false, p.countryWhy); // the office too, when untitled
            p.stateLeader |= "LEADER".equals(role.family());
            return true;
        }
        return false;
    }

    /** Named in other sentences than the role's, never in the role's own. */
    private static boolean namedElsewhere(IndexDraft d, PartyDraft p, Pending role) {
        boolean elsewhere = false;
        for (int si = 0; si < d.mentions.size(); si++) {
            for (Pending m : d.mentions.get(si)) {
                if (m.party() == p && m.kind() == Kind.NAME) {
                    if (si == role.sentence()) {
                        return false;
                    }
                    elsewhere = true;
                }
            }
        }
        return elsewhere;
    }
}
