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
 * Groups the article's name spans into people. Full names first: one person per identifying key ({@link
 * Names#personKey}: "Shoygu" and "Shoigu" are one, so are "Faisal bin Farhan" and "Faisal bin Farhan bin Abdullah"),
 * unless the given names say two people share the family name ("Uhuru Kenyatta", "Jomo Kenyatta"); a surname with a
 * one-letter slip joins the person it nearly names. Then lone words: a surname joins its person (the nearest one
 * before when two share it), a first or inner name the one full name it starts or sits in ("Wang" of "Wang Yi",
 * "Lula" of "Luiz Inácio Lula da Silva"). Last, known surnames wherever else they stand: mis-tagged, glued to the
 * next word by a crawl ("Bennettflew"), paired in one token ("Biden-Putin").
 */
final class NameClusters {

    private static final int MIN_SLIP_KEY = 6;

    private final IndexDraft d;
    /** identifying key → the people under it, first named first */
    private final Map<String, List<PartyDraft>> byKey = new LinkedHashMap<>();
    /** per party, the sentences it is named in */
    private final Map<PartyDraft, List<Integer>> seen = new LinkedHashMap<>();
    /** folded words and keys by word: the sweep compares every capitalised word with every full name */
    private final Map<String, List<String>> folded = new java.util.HashMap<>();
    private final Map<String, String> keys = new java.util.HashMap<>();

    private String key(String foldedWord) {
        return keys.computeIfAbsent(foldedWord, Names::key);
    }

    private NameClusters(IndexDraft d) {
        this.d = d;
    }

    static void run(IndexDraft d, List<Span> names) {
        NameClusters c = new NameClusters(d);
        c.cluster(names);
        c.sweep();
    }

    /**
     * Full names first, so a lone surname joins the person it belongs to; then short names in parentheses after a
     * full name ("Joko Widodo (Jokowi)"), so the short name stands for him wherever it is written, before or after.
     */
    private void cluster(List<Span> names) {
        List<Span> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt((Span c) -> c.length() > 1 ? 0 : parenthesised(c) ? 1 : 2)
                .thenComparingInt(Span::sentence).thenComparingInt(Span::from));
        for (Span c : sorted) {
            String name = NameSpans.written(d.tokens(c.sentence()), c);
            String key = Names.personKey(name);
            if (key.isEmpty()) {
                continue;
            }
            PartyDraft p = c.length() > 1 ? fullName(name, key) : alias(c);
            if (p == null && c.length() == 1) {
                p = loneWord(name, key, c.sentence(), c.from());
            }
            if (p == null && c.length() == 1 && glued(c.sentence(), c.from())) {
                continue;
            }
            if (p == null) {
                p = newPerson(name, key);
            } else {
                p.addName(name);
            }
            addNameMention(c.sentence(), c.from(), c.to(), c.cut(), p);
            for (String nick : NameSpans.nicknames(d.tokens(c.sentence()), c.from(), c.to())) {
                byKey.computeIfAbsent(Names.personKey(nick), k -> new ArrayList<>()).add(p);
                p.aliases.add(nick);
            }
        }
    }

    private boolean parenthesised(Span c) {
        List<Token> toks = d.tokens(c.sentence());
        return c.from() >= 2 && c.to() < toks.size() && toks.get(c.from() - 1).word().equals("(")
                && toks.get(c.to()).word().equals(")");
    }

    /**
     * "President Joko Widodo (Jokowi)": a lone name in parentheses right after a person's name is that person's
     * short name, and stands for him wherever else it is written.
     */
    private PartyDraft alias(Span c) {
        List<Token> toks = d.tokens(c.sentence());
        if (!parenthesised(c)) {
            return null;
        }
        for (IndexDraft.Pending m : d.mentions.get(c.sentence())) {
            if (m.kind() == Kind.NAME && m.to() == c.from() - 1 && m.party() != null) {
                String key = Names.personKey(toks.get(c.from()).word());
                byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!byKey.get(key).contains(m.party())) {
                    byKey.get(key).add(m.party());
                }
                return m.party();
            }
        }
        return null;
    }

    private PartyDraft newPerson(String name, String key) {
        List<PartyDraft> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        PartyDraft p = d.newParty(name, ParticipantKind.PERSON, "P:" + key + (same.isEmpty() ? "" : "#" + (same.size() + 1)));
        same.add(p);
        return p;
    }

    /** The person a full name is: same key and compatible given names, else a one-letter slip of a known key. */
    private PartyDraft fullName(String name, String key) {
        for (PartyDraft p : byKey.getOrDefault(key, List.of())) {
            if (Names.sameGiven(p.name, name)) {
                return p;
            }
        }
        if (byKey.containsKey(key)) {
            return null; // the same family name, another person
        }
        for (Map.Entry<String, List<PartyDraft>> e : byKey.entrySet()) {
            if (key.length() >= MIN_SLIP_KEY && e.getKey().length() >= MIN_SLIP_KEY && Names.oneSlip(key, e.getKey())) {
                for (PartyDraft p : e.getValue()) {
                    if (Names.sameGiven(p.name, name) && p.nameWords > 1) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The person a lone word names: by surname (when several share it, the one named with the same title, else the
     * nearest before), else by first name.
     */
    private PartyDraft loneWord(String word, String key, int sentence, int from) {
        List<PartyDraft> same = byKey.get(key);
        if (same == null) {
            PartyDraft p = byFirstName(word);
            if (p != null) {
                return p;
            }
            for (Map.Entry<String, List<PartyDraft>> e : byKey.entrySet()) {
                if (key.length() >= MIN_SLIP_KEY && Names.oneSlip(key, e.getKey()) && e.getValue().size() == 1
                        && e.getValue().get(0).nameWords > 1) {
                    return e.getValue().get(0); // "Jaishnkar" beside "Subrahmanyam Jaishankar"
                }
            }
            return null;
        }
        String title = titleBefore(sentence, from);
        if (same.size() > 1 && title != null) {
            List<PartyDraft> titled = same.stream().filter(p -> titledSo(p, title)).toList();
            if (titled.size() == 1) {
                return titled.get(0); // "President Kenyatta" is the Kenyatta named "President Uhuru Kenyatta"
            }
        }
        return nearestBefore(same, sentence);
    }

    /** The title words right before token i, lower case, or null. */
    private String titleBefore(int si, int i) {
        TokenMarks m = d.marks.get(si);
        return i > 0 && m.inTitle(i - 1) ? m.join(m.titleStart(i - 1), i).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** Whether a full-name mention of the party has these title words right before it. */
    private boolean titledSo(PartyDraft p, String title) {
        for (IndexDraft.Pending pm : mentionsOf(p)) {
            if (title.equals(titleBefore(pm.sentence(), pm.from()))) {
                return true;
            }
        }
        return false;
    }

    private List<IndexDraft.Pending> mentionsOf(PartyDraft p) {
        List<IndexDraft.Pending> out = new ArrayList<>();
        for (int s : seen.getOrDefault(p, List.of())) {
            for (IndexDraft.Pending pm : d.mentions.get(s)) {
                if (pm.party() == p) {
                    out.add(pm);
                }
            }
        }
        return out;
    }

    /** Of several people, the one named last at or before the sentence, else the first named. */
    private PartyDraft nearestBefore(List<PartyDraft> people, int sentence) {
        PartyDraft best = people.get(0);
        int bestAt = -1;
        for (PartyDraft p : people) {
            for (int s : seen.getOrDefault(p, List.of())) {
                if (s <= sentence && s > bestAt) {
                    bestAt = s;
                    best = p;
                }
            }
        }
        return best;
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

    /**
     * The one multi-word person whose first name is this word (family name first: "Yoon" of "Yoon Suk-yeol"; "Prince
     * Faisal" of "Faisal bin Farhan"), or whose inner name it is ("Lula").
     */
    private PartyDraft byFirstName(String word) {
        List<String> w = folded.computeIfAbsent(word, Names::fold);
        String k = key(w.isEmpty() ? "" : w.get(0));
        PartyDraft found = null;
        for (PartyDraft p : d.parties) {
            List<String> f = folded.computeIfAbsent(p.name, Names::fold);
            boolean inner = false; // "Lula" for "Luiz Inácio Lula da Silva": a name inside the full name, never a particle
            for (int j = 1; j + 1 < f.size() && !inner; j++) {
                inner = f.get(j).length() >= 4 && key(f.get(j)).equals(k);
            }
            if (p.isPerson() && f.size() > 1 && (key(f.get(0)).equals(k) || inner)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    private void addNameMention(int si, int from, int to, PartyDraft p) {
        addNameMention(si, from, to, 0, p);
    }

    /** A name mention of tokens [from, to), the last {@code cut} letters left out (a word glued to the name). */
    private void addNameMention(int si, int from, int to, int cut, PartyDraft p) {
        List<Token> toks = d.tokens(si);
        boolean[] named = d.named.get(si);
        TokenMarks m = d.marks.get(si);
        for (int i = from; i < to; i++) {
            if (named[i] || m.inDateline(i)) {
                return;
            }
        }
        if (to < toks.size() && !named[to] && toks.get(to).word().matches("[IVX]{1,4}") && toks.get(to).pos().startsWith("NNP")) {
            to++; // a regnal number belongs to the mention ("King Abdullah II"), not to the name's key
        }
        for (int i = from; i < to; i++) {
            named[i] = true;
        }
        seen.computeIfAbsent(p, x -> new ArrayList<>()).add(si);
        IndexDraft.Pending mt = d.mention(Kind.NAME, si, from, to, p, null, null, null, false);
        if (cut > 0) {
            mt = new IndexDraft.Pending(Kind.NAME, si, from, to, mt.start(), mt.end() - cut,
                    mt.text().substring(0, mt.text().length() - cut), p, null, null, null, false);
        }
        d.mentions.get(si).add(mt);
    }

    /** Known surnames wherever they stand: mis-tagged ("Macron" as a place), glued ("Bennettflew"), paired ("Biden-Putin"). */
    private void sweep() {
        for (int si = 0; si < d.marks.size(); si++) {
            TokenMarks m = d.marks.get(si);
            boolean[] named = d.named.get(si);
            for (int i = 0; i < m.size(); i++) {
                if (named[i] || m.inDateline(i)) {
                    continue;
                }
                Token t = m.token(i);
                String w = t.word();
                if (!Names.isCapitalised(w) || !Names.hasLetter(w) || NameSpans.inFacility(m, i)) {
                    continue;
                }
                List<String> f = folded.computeIfAbsent(w, Names::fold);
                if (i > 0 && named[i - 1] && w.matches("[IVX]{1,4}")) {
                    continue; // a regnal number ("Abdullah II"), not a surname ("Yi")
                }
                if (f.size() == 1) {
                    List<PartyDraft> same = byKey.get(key(f.get(0)));
                    PartyDraft p = same == null ? null : nearestBefore(same, si);
                    if (p == null && t.pos().startsWith("NNP") && !m.inGaz(i) && !m.inTitle(i)) {
                        p = byFirstName(w); // family name first: "Wang" of "Wang Yi"
                    }
                    if (p != null && !m.inTitle(i)) {
                        addNameMention(si, i, i + 1, p);
                        continue;
                    }
                    gluedSurname(si, i);
                } else if (w.contains("-")) {
                    pairedSurnames(si, i);
                }
            }
        }
    }

    private void gluedSurname(int si, int i) {
        Token t = d.tokens(si).get(i);
        for (List<PartyDraft> people : byKey.values()) {
            for (PartyDraft q : people) {
                String sur = lastWord(q.name);
                if (gluedTo(t.word(), sur)) {
                    d.named.get(si)[i] = true;
                    d.mentions.get(si).add(new IndexDraft.Pending(Kind.NAME, si, i, i + 1, t.start(),
                            t.start() + sur.length(), sur, q, null, null, null, false));
                    return;
                }
            }
        }
    }

    /** "Blinken-Truss phone call": two known surnames in one token, each a mention. */
    private void pairedSurnames(int si, int i) {
        Token t = d.tokens(si).get(i);
        String[] parts = t.word().split("-");
        int off = t.start();
        List<IndexDraft.Pending> found = new ArrayList<>();
        for (String part : parts) {
            List<String> pf = Names.fold(part);
            List<PartyDraft> same = pf.size() == 1 ? byKey.get(Names.key(pf.get(0))) : null;
            if (same != null) {
                found.add(new IndexDraft.Pending(Kind.NAME, si, i, i + 1, off, off + part.length(), part,
                        nearestBefore(same, si), null, null, null, false));
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
