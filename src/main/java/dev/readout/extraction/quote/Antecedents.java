package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.lexicon.SpeakerNouns;
import dev.readout.participant.ParticipantKind;

import java.util.List;

/**
 * Who "he", "it" and "the readout" are: an attribution that does not name its speaker takes the speaker of an earlier
 * one. "He" is the person the article last reported speaking; "the readout" the office that issued a readout before;
 * "it" the office last quoted.
 */
final class Antecedents {

    private Antecedents() {
    }

    static Attribution resolve(ArticleQuotes q, Attribution a, List<Said> said) {
        return switch (a.form()) {
            case NAMED -> a;
            case PERSON_PRONOUN -> person(q, a);
            case ORGANIZATION_REFERENCE -> organization(q, a, said);
        };
    }

    private static Attribution person(ArticleQuotes q, Attribution a) {
        if (personBeforeInSentence(q, a.speakerStart())) {
            // "Von der Leyen unveiled a plan, which she described as “…”": the person of its own sentence
            return a;
        }
        // the person the article last reported speaking, in this paragraph or the one before: a name or a person's
        // role ("the Ukrainian president remarked")
        Attribution b = q.lastNamedBefore(a.anchorStart(), 1, x -> x.person() || !x.organization());
        if (b != null) {
            return a.withSpeaker(b);
        }
        return a; // the resolver reads the pronoun at its offset
    }

    private static Attribution organization(ArticleQuotes q, Attribution a, List<Said> said) {
        List<Attribution> all = q.attributions();
        boolean document = !a.speakerText().equalsIgnoreCase("it");
        if (document) {
            // "the readout said": the office that issued a readout or statement before
            for (int i = all.size() - 1; i >= 0; i--) {
                Attribution b = all.get(i);
                if (b.anchorStart() < a.anchorStart() && b.organization() && mentionsDocument(q, b.sentence())) {
                    return a.withSpeaker(b);
                }
            }
        }
        for (int i = said.size() - 1; i >= 0; i--) {
            Said d = said.get(i);
            ExtractedParticipant sp = d.statement().speaker();
            if (d.attribution().organization() || sp != null && sp.kind() != ParticipantKind.PERSON) {
                return a.withSpeaker(d.attribution());
            }
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Attribution b = all.get(i);
            if (b.anchorStart() < a.anchorStart() && b.organization()) {
                return a.withSpeaker(b);
            }
        }
        return a;
    }

    /** A person's name, outside quotation marks, stands earlier in the pronoun's own sentence. */
    private static boolean personBeforeInSentence(ArticleQuotes q, int offset) {
        Sentence sn = q.sentenceAt(offset);
        if (sn == null) {
            return false;
        }
        for (AnalyzedText.Token t : sn.tokens()) {
            if (t.start() >= offset) {
                break;
            }
            if ("PERSON".equals(t.ner()) && !q.insideQuote(t.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsDocument(ArticleQuotes q, int sentence) {
        for (AnalyzedText.Token t : q.sentence(sentence).tokens()) {
            if (SpeakerNouns.shared().document(Clause.lemma(t))) {
                return true;
            }
        }
        return false;
    }
}
