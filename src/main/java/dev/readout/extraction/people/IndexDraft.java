package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.extraction.people.ArticlePeople.Kind;
import dev.readout.extraction.people.ArticlePeople.Mention;
import dev.readout.extraction.people.ArticlePeople.Party;
import dev.readout.lexicon.Gazetteer;
import dev.readout.participant.ParticipantKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people index while it is built: the parties found so far, the mentions of each sentence, and which tokens a
 * name or a name's context already covers. The building steps ({@link NameClusters}, {@link RoleContext},
 * {@link MentionFinder}) write here in turn; {@link #freeze} makes the immutable {@link ArticlePeople}.
 */
final class IndexDraft {

    /** A mention whose party is still a draft. */
    record Pending(Kind kind, int sentence, int from, int to, int start, int end, String text, PartyDraft party,
                   String country, String family, String title, boolean plural) {
    }

    final AnalyzedText text;
    final Gazetteer gaz;
    final List<TokenMarks> marks = new ArrayList<>();
    final List<PartyDraft> parties = new ArrayList<>();
    final Map<String, PartyDraft> byKey = new LinkedHashMap<>();
    final List<List<Pending>> mentions = new ArrayList<>();
    /** tokens a name mention covers */
    final List<boolean[]> named = new ArrayList<>();
    /** tokens of the title and country words before a name */
    final List<boolean[]> context = new ArrayList<>();

    IndexDraft(AnalyzedText text, Gazetteer gaz) {
        this.text = text;
        this.gaz = gaz;
        for (Sentence s : text.sentences()) {
            marks.add(TokenMarks.of(s, gaz, text.text()));
            mentions.add(new ArrayList<>());
            named.add(new boolean[s.tokens().size()]);
            context.add(new boolean[s.tokens().size()]);
        }
    }

    List<Token> tokens(int si) {
        return text.sentences().get(si).tokens();
    }

    PartyDraft newParty(String name, ParticipantKind kind, String key) {
        PartyDraft p = new PartyDraft(parties.size(), name, kind, key);
        parties.add(p);
        byKey.put(key, p);
        return p;
    }

    /** A mention of tokens [from, to) of sentence si, its text as written. */
    Pending mention(Kind k, int si, int from, int to, PartyDraft p, String country, String family, String title,
                    boolean plural) {
        List<Token> toks = tokens(si);
        int start = toks.get(from).start(), end = toks.get(to - 1).end();
        return new Pending(k, si, from, to, start, end, text.text().substring(start, end), p, country, family, title, plural);
    }

    void sortMentions() {
        for (List<Pending> ms : mentions) {
            ms.sort(Comparator.comparingInt(Pending::from));
        }
    }

    ArticlePeople freeze() {
        List<Party> frozen = new ArrayList<>();
        for (PartyDraft d : parties) {
            frozen.add(d.freeze());
        }
        Map<String, Party> keys = new LinkedHashMap<>();
        byKey.forEach((k, d) -> keys.put(k, frozen.get(d.id)));
        List<List<Mention>> bySentence = new ArrayList<>();
        for (List<Pending> ms : mentions) {
            List<Mention> out = new ArrayList<>();
            for (Pending m : ms) {
                out.add(new Mention(m.kind(), m.sentence(), m.from(), m.to(), m.start(), m.end(), m.text(),
                        m.party() == null ? null : frozen.get(m.party().id), m.country(), m.family(), m.title(), m.plural()));
            }
            bySentence.add(List.copyOf(out));
        }
        return new ArticlePeople(text, gaz, marks, frozen, keys, bySentence);
    }
}
