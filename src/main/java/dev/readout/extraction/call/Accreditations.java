package dev.readout.extraction.call;

import dev.readout.extraction.grammar.SentenceView;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.extraction.people.ArticlePeople.Kind;
import dev.readout.extraction.people.ArticlePeople.Mention;
import dev.readout.lexicon.Level;
import dev.readout.participant.ParticipantKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Credentials ceremonies: a head of state or minister receiving a NAMED foreign ambassador's credentials is an
 * in-person meeting with that ambassador, one per ambassador (GUIDELINES); unnamed ambassadors ("envoys of 12
 * countries") are none. The noun "credentials" says who is who through its verb: the subject of "received/accepted
 * the credentials" is the host and the ambassadors are "of"/"from"/"presented by" it; the subject of "presented
 * credentials" is an ambassador and the host is "to" it. Ceremony reports often name the ambassadors after the fact
 * ("The ambassadors are A from X, B from Y ...") or one by one further down ("Denmark's Ambassador Sune ..."): a
 * plural "ambassadors" without names is filled from the list sentences that follow, or from the article's ambassadors
 * of other states than the host's.
 */
final class Accreditations {

    /** How many sentences after the ceremony a list of its ambassadors may come. */
    private static final int LIST_REACH = 3;

    private static final Set<String> HOST_VERBS = Set.of("receive", "accept", "take", "get");
    private static final Set<String> ENVOY_VERBS = Set.of("present", "submit", "hand", "deliver");

    private Accreditations() {
    }

    /** The host and the ambassadors of one ceremony, with a trace line per decision. */
    record Ceremony(List<Actor> hosts, List<Actor> envoys, List<String> trace) {
    }

    static Ceremony read(Trigger t, SentenceView s, List<SentenceView> article, ArticlePeople people) {
        List<String> trace = new ArrayList<>();
        List<Integer> hostTokens = new ArrayList<>();
        List<Integer> envoyTokens = new ArrayList<>();
        int noun = t.token();
        int verb = t.light();
        String lemma = verb >= 0 ? s.lemma(verb) : "";
        if (HOST_VERBS.contains(lemma)) {
            hostTokens.addAll(Subjects.of(s, verb, 0));
            envoyTokens.addAll(s.dependents(verb, "obl:from", "obl:agent"));
        } else if (ENVOY_VERBS.contains(lemma)) {
            envoyTokens.addAll(Subjects.of(s, verb, 0));
            envoyTokens.addAll(s.dependents(verb, "obl:agent"));
            hostTokens.addAll(s.dependents(verb, "obl:to", "iobj"));
        }
        envoyTokens.addAll(s.dependents(noun, "nmod:of", "nmod:from", "nmod:poss"));
        hostTokens.addAll(s.dependents(noun, "nmod:to"));
        // "the credentials presented by 14 new ambassadors to China"
        for (int acl : s.dependents(noun, "acl")) {
            envoyTokens.addAll(s.dependents(acl, "obl:agent"));
            hostTokens.addAll(s.dependents(acl, "obl:to"));
        }
        List<Actor> hosts = persons(s, hostTokens, people);
        List<Actor> envoys = persons(s, envoyTokens, people);
        List<Actor> inSentence = persons(s, java.util.stream.IntStream.range(0, s.size()).boxed().toList(), people);
        if (hosts.isEmpty()) {
            // the parser lost its way in a long ceremony sentence: the host is the one who holds national office
            inSentence.stream().filter(a -> a.level() == Level.LEADER || a.level() == Level.MINISTER).findFirst()
                    .ifPresent(hosts::add);
        }
        envoys.removeIf(e -> hosts.stream().anyMatch(h -> h.key().equals(e.key())));
        trace.add("host " + hosts + ", ambassadors named here " + envoys);
        if (hosts.isEmpty()) {
            return new Ceremony(hosts, envoys, trace);
        }
        if (envoys.isEmpty()) {
            // everyone else the ceremony sentence names presented credentials
            inSentence.stream().filter(a -> hosts.stream().noneMatch(h -> h.key().equals(a.key()))).forEach(envoys::add);
            if (!envoys.isEmpty()) {
                trace.add("the others named in the ceremony sentence: " + envoys);
            }
        }
        if (envoys.isEmpty()) {
            envoys.addAll(listed(s, article, people, hosts, trace));
        }
        if (envoys.isEmpty()) {
            envoys.addAll(ambassadorsOfTheArticle(people, hosts, trace));
        }
        return new Ceremony(hosts, envoys, trace);
    }

    /** The named persons (not roles, states or groups) the tokens stand for. */
    private static List<Actor> persons(SentenceView s, List<Integer> tokens, ArticlePeople people) {
        List<Actor> out = new ArrayList<>();
        for (int tok : tokens) {
            for (Mention m : Parties.mentions(s, tok)) {
                ArticlePeople.Party p = m.kind() == Kind.NAME ? m.party()
                        : m.kind() == Kind.ROLE && !m.plural() ? people.partyOf(m) : null;
                Actor a = p == null ? null : Actor.of(p);
                if (a != null && a.participant().kind() == ParticipantKind.PERSON
                        && out.stream().noneMatch(o -> o.key().equals(a.key()))) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** "The ambassadors are A from X, B from Y ...": the persons of list sentences right after the ceremony. */
    private static List<Actor> listed(SentenceView s, List<SentenceView> article, ArticlePeople people, List<Actor> hosts,
                                      List<String> trace) {
        List<Actor> out = new ArrayList<>();
        for (int i = s.index() + 1; i < article.size() && i <= s.index() + LIST_REACH; i++) {
            SentenceView next = article.get(i);
            List<Integer> names = new ArrayList<>();
            for (int k = 0; k < next.size(); k++) {
                Mention m = next.mention(k);
                if (m != null && m.kind() == Kind.NAME && (names.isEmpty() || next.mention(names.get(names.size() - 1)) != m)) {
                    names.add(k);
                }
            }
            List<Actor> ps = persons(next, names, people);
            ps.removeIf(p -> hosts.stream().anyMatch(h -> h.key().equals(p.key())));
            if (ps.size() >= 2 && listSentence(next)) {
                trace.add("ambassadors listed in sentence #" + i + ": " + ps);
                out.addAll(ps);
                break;
            }
        }
        return out;
    }

    /** A sentence that lists people: "The ambassadors are ...", "They are ...", or names after a colon. */
    private static boolean listSentence(SentenceView s) {
        for (int k = 0; k < s.size(); k++) {
            String l = s.lemma(k);
            if (s.word(k).equals(":")) {
                return true;
            }
            if ((l.equals("ambassador") || l.equals("envoy") || l.equals("they") || l.equals("diplomat"))
                    && k + 1 < s.size() && s.lemma(k + 1).equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** The ambassadors the article names, of states other than the host's. */
    private static List<Actor> ambassadorsOfTheArticle(ArticlePeople people, List<Actor> hosts, List<String> trace) {
        List<Actor> out = new ArrayList<>();
        for (ArticlePeople.Party p : people.parties()) {
            Actor a = Actor.of(p);
            if (a.level() == Level.ENVOY && a.participant().kind() == ParticipantKind.PERSON
                    && hosts.stream().noneMatch(h -> h.key().equals(a.key()) || h.state() != null && h.state().equals(a.state()))) {
                out.add(a);
            }
        }
        if (!out.isEmpty()) {
            trace.add("ambassadors named elsewhere in the article: " + out);
        }
        return out;
    }
}
