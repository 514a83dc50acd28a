package dev.readout.participant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Groups name mentions into real participants, from the names alone; the result does not depend on input order.
 *
 * <p>Full names are joined when {@link NameMatcher} says SAME and no member of one group conflicts with a member of
 * the other (so "Joe Biden" and "Jill Biden" never end up together through a third form). A surname-only mention then
 * joins the one group whose family name it gives; with two or more such groups it stays apart (ambiguous: decide by
 * role or country, see {@link ParticipantMatcher}); with none, surname-only mentions of one key form their own group.
 * This is also the rule for binding "Blinken" to "Antony Blinken" within one article.
 */
public final class NameGroups {

    private NameGroups() {
    }

    public static List<List<String>> group(Collection<String> names, ParticipantKind kind) {
        List<String> distinct = new ArrayList<>(new TreeSet<>(names));
        List<String> full = new ArrayList<>();
        List<String> surnames = new ArrayList<>();
        for (String n : distinct) {
            PersonName p = kind == ParticipantKind.PERSON && !NameMatcher.isAnonymous(n) ? PersonName.parse(n) : null;
            (p != null && p.surnameOnly() ? surnames : full).add(n);
        }
        List<List<String>> groups = new ArrayList<>();
        for (String n : full) {
            groups.add(new ArrayList<>(List.of(n)));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i + 1; j < groups.size(); j++) {
                    if (joinable(groups.get(i), groups.get(j), kind)) {
                        groups.get(i).addAll(groups.remove(j));
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        List<List<String>> surnameGroups = new ArrayList<>();
        for (String s : surnames) {
            List<List<String>> hits = groups.stream()
                    .filter(g -> g.stream().anyMatch(m -> NameMatcher.sameParticipant(s, m, kind).same()))
                    .toList();
            if (hits.size() == 1) {
                hits.get(0).add(s);
            } else if (hits.isEmpty()) {
                List<String> own = surnameGroups.stream()
                        .filter(g -> NameMatcher.sameParticipant(s, g.get(0), kind).same()).findFirst().orElse(null);
                if (own == null) {
                    surnameGroups.add(new ArrayList<>(List.of(s)));
                } else {
                    own.add(s);
                }
            } else {
                surnameGroups.add(new ArrayList<>(List.of(s)));
            }
        }
        groups.addAll(surnameGroups);
        groups.forEach(g -> g.sort(null));
        groups.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return groups;
    }

    private static boolean joinable(List<String> a, List<String> b, ParticipantKind kind) {
        boolean link = false;
        for (String x : a) {
            for (String y : b) {
                NameMatcher.Verdict v = NameMatcher.sameParticipant(x, y, kind);
                if (v.relation() == NameMatcher.Relation.CONFLICT) {
                    return false;
                }
                link |= v.relation() == NameMatcher.Relation.SAME;
            }
        }
        return link;
    }
}
