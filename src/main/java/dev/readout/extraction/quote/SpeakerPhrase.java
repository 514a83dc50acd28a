package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.lexicon.SpeakerNouns;

import java.util.Set;

/**
 * Turns the noun phrase a rule found into an {@link Attribution}: how the speaker is referred to (a name, "he", "it",
 * a document), the issuer a document names ("a White House readout", "the ministry's statement", "a release by the
 * Kremlin"), and whether the words end in a person's name or an office.
 */
final class SpeakerPhrase {

    private static final SpeakerNouns NOUNS = SpeakerNouns.shared();

    private SpeakerPhrase() {
    }

    static Attribution of(Clause c, int[] np, int anchorStart, int anchorEnd, String verb, boolean weak, String rule) {
        Token head = c.token(np[1]);
        String headWord = Clause.lower(head);
        Attribution.Form form = Attribution.Form.NAMED;
        int from = np[0];
        int to = np[1];
        if (np[0] == np[1] && Phrases.PERSON_PRONOUNS.contains(headWord)) {
            form = Attribution.Form.PERSON_PRONOUN;
        } else if (np[0] == np[1] && (Phrases.ORG_PRONOUNS.contains(headWord) || headWord.equals("they"))) {
            form = headWord.equals("they") ? Attribution.Form.NAMED : Attribution.Form.ORGANIZATION_REFERENCE;
        } else if (NOUNS.document(Clause.lemma(head))) {
            int[] issuer = issuer(c, np);
            if (issuer == null) {
                form = Attribution.Form.ORGANIZATION_REFERENCE;
            } else {
                from = issuer[0];
                to = issuer[1];
            }
        }
        int start = c.token(from).start();
        int end = c.token(to).end();
        Token last = c.token(to);
        String lastLemma = Clause.lemma(last);
        boolean person = form == Attribution.Form.NAMED && (last.ner().equals("PERSON")
                || last.ner().equals("O") && last.pos().startsWith("NN") && Character.isUpperCase(last.word().charAt(0))
                && !NOUNS.speaks(lastLemma));
        boolean organization = form == Attribution.Form.NAMED && !person
                && (Set.of("ORGANIZATION", "LOCATION", "COUNTRY").contains(last.ner()) || NOUNS.organization(lastLemma));
        return new Attribution(c.article().substring(start, end), start, Math.min(anchorStart, start),
                Math.max(anchorEnd, end), verb, weak, form, c.sentenceAt(Math.min(anchorStart, start)), person, organization,
                rule);
    }

    /** "a White House readout" → White House; "the ministry's statement" → the ministry; "a release by X" → X. */
    private static int[] issuer(Clause c, int[] np) {
        int[] issuer = Phrases.properRun(c, np[0], np[1] - 1);
        for (int i = np[1] - 1; issuer == null && i > np[0]; i--) {
            if (c.pos(i).equals("POS") && Phrases.speakerLike(c, new int[]{np[0], i - 1})) {
                issuer = new int[]{np[0], i - 1};
            }
        }
        if (issuer == null && np[1] + 2 < c.size() && !c.quoted(np[1] + 1)
                && Set.of("by", "from", "of").contains(c.lower(np[1] + 1))) {
            int[] by = Phrases.forward(c, np[1] + 2);
            if (by != null) {
                issuer = Phrases.properRun(c, by[0], by[1]);
            }
        }
        return issuer;
    }
}
