package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.extraction.people.ArticlePeople.Kind;
import dev.readout.extraction.people.NameSpans.Span;
import dev.readout.participant.ParticipantKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the article's name spans into people: one person per surname key ("Shoygu" and "Shoigu" are one), a lone
 * word that is the first or an inner name of one full name is that person ("Wang" of "Wang Yi", "Lula" of "Luiz
 * Inácio Lula da Silva"), then finds known surnames wherever else they stand: mis-tagged, glued to the next word by a
 * crawl ("Bennettflew"), paired in one token ("Biden-Putin").
 */
final class NameClusters {

    private final IndexDraft d;

    private NameClusters(IndexDraft d) {
        this.d = d;
    }

    static void run(IndexDraft d, List<Span> names) {
        NameClusters c = new NameClusters(d);
        c.cluster(names);
        c.sweep();
    }

    /** Full names first, so a lone surname joins the person it belongs to. */
    private void cluster(List<Span> names) {
        List<Span> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt((Span c) -> c.length() > 1 ? 0 : 1)
                .thenComparingInt(Span::sentence).thenComparingInt(Span::from));
        for (Span c : sorted) {
            String name = NameSpans.written(d.tokens(c.sentence()), c.from(), c.to());
            String key = "P:" + Names.surnameKey(name);
            if (key.equals("P:")) {
                continue;
            }
            PartyDraft p = d.byKey.get(key);
            if (p == null && c.length() == 1) {
                p = byFirstName(name);
            }
            if (p == null && c.length() == 1 && glued(c.sentence(), c.from())) {
                continue;
            }
            if (p == null) {
                p = d.newParty(name, ParticipantKind.PERSON, key);
            } else {
                p.addName(name);
            }
            addNameMention(c.sentence(), c.from(), c.to(), p);
        }
    }

    /** A crawl-glued token ("Bennettflew") whose start is the surname of a full name: a mention of that person. */
    private boolean glued(int si, int i) {
        Token t = d.tokens(si).get(i);
        String w = t.word();
        for (PartyDraft p : d.parties) {
            if (!p.isPerson() || p.nameWords < 2) {
                continue;
            }
            String sur = lastWord(p.name);
            if (gluedTo(w, sur)) {
                d.named.get(si)[i] = true;
                d.mentions.get(si).add(new IndexDraft.Pending(Kind.NAME, si, i, i + 1, t.start(), t.start() + sur.length(),
                        sur, p, null, null, null, false));
                return true;
            }
        }
        return false;
    }

    /** "Bennettflew": a surname of four letters or more with a lower-case word glued after it. */
    private static boolean gluedTo(String word, String surname) {
        return surname.length() >= 4 && word.length() > surname.length() + 1 && word.startsWith(surname)
                && word.substring(surname.length()).chars().allMatch(Character::isLowerCase);
    }

    /** The one multi-word person whose first name is this word (family name first: "Yoon" of "Yoon Suk-yeol"). */
    private PartyDraft byFirstName(String word) {
        List<String> w = Names.fold(word);
        String k = Names.key(w.isEmpty() ? "" : w.get(0));
        PartyDraft found = null;
        for (PartyDraft p : d.parties) {
            List<String> f = Names.fold(p.name);
            boolean inner = false; // "Lula" for "Luiz Inácio Lula da Silva": a name inside the full name, never a particle
            for (int j = 1; j + 1 < f.size() && !inner; j++) {
                inner = f.get(j).length() >= 4 && Names.key(f.get(j)).equals(k);
            }
            if (p.isPerson() && f.size() > 1 && (Names.key(f.get(0)).equals(k) || inner)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    private void addNameMention(int si, int from, int to, PartyDraft p) {
        List<Token> toks = d.tokens(si);
        boolean[] named = d.named.get(si);
        for (int i = from; i < to; i++) {
            if (named[i]) {
                return;
            }
        }
        if (to < toks.size() && !named[to] && toks.get(to).word().matches("[IVX]{1,4}") && toks.get(to).pos().startsWith("NNP")) {
            to++; // a regnal number belongs to the mention ("King Abdullah II"), not to the name's key
        }
        for (int i = from; i < to; i++) {
            named[i] = true;
        }
        d.mentions.get(si).add(d.mention(Kind.NAME, si, from, to, p, null, null, null, false));
    }

    /** Known surnames wherever they stand: mis-tagged ("Macron" as a place), glued ("Bennettflew"), paired ("Biden-Putin"). */
    private void sweep() {
        Map<String, PartyDraft> surnames = new LinkedHashMap<>();
        for (PartyDraft p : d.parties) {
            if (p.isPerson()) {
                surnames.put(p.key.substring(2), p);
            }
        }
        for (int si = 0; si < d.marks.size(); si++) {
            TokenMarks m = d.marks.get(si);
            boolean[] named = d.named.get(si);
            for (int i = 0; i < m.size(); i++) {
                if (named[i]) {
                    continue;
                }
                Token t = m.token(i);
                String w = t.word();
                if (!Names.isCapitalised(w) || !Names.hasLetter(w)) {
                    continue;
                }
                List<String> f = Names.fold(w);
                if (i > 0 && named[i - 1] && w.matches("[IVX]{1,4}")) {
                    continue; // a regnal number ("Abdullah II"), not a surname ("Yi")
                }
                if (f.size() == 1) {
                    PartyDraft p = surnames.get(Names.key(f.get(0)));
                    if (p == null && t.pos().startsWith("NNP") && !m.inGaz(i) && !m.inTitle(i)) {
                        p = byFirstName(w); // family name first: "Wang" of "Wang Yi"
                    }
                    if (p != null && !m.inTitle(i)) {
                        addNameMention(si, i, i + 1, p);
                        continue;
                    }
                    for (PartyDraft q : surnames.values()) {
                        String sur = lastWord(q.name);
                        if (gluedTo(w, sur)) {
                            named[i] = true;
                            d.mentions.get(si).add(new IndexDraft.Pending(Kind.NAME, si, i, i + 1, t.start(),
                                    t.start() + sur.length(), sur, q, null, null, null, false));
                            break;
                        }
                    }
                } else if (w.contains("-")) {
                    pairedSurnames(si, i, surnames);
                }
            }
        }
    }

    /** "Blinken-Truss phone call": two known surnames in one token, each a mention. */
    private void pairedSurnames(int si, int i, Map<String, PartyDraft> surnames) {
        Token t = d.tokens(si).get(i);
        String[] parts = t.word().split("-");
        int off = t.start();
        List<IndexDraft.Pending> found = new ArrayList<>();
        for (String part : parts) {
            List<String> pf = Names.fold(part);
            PartyDraft p = pf.size() == 1 ? surnames.get(Names.key(pf.get(0))) : null;
            if (p != null) {
                found.add(new IndexDraft.Pending(Kind.NAME, si, i, i + 1, off, off + part.length(), part, p, null,
                        null, null, false));
            }
            off += part.length() + 1;
        }
        if (found.size() == parts.length && found.size() >= 2) {
            d.named.get(si)[i] = true;
            d.mentions.get(si).addAll(found);
        }
    }

    static String lastWord(String name) {
        String[] ws = name.split("\\s+");
        return ws[ws.length - 1];
    }
}
