package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the attributions of an article in the words outside its quotations: at each token the
 * {@link AttributionRules} are tried in order and the first that claims the token decides it; then two revisions
 * read the sentence as a whole. Works on the tokens' part-of-speech and entity tags only.
 */
final class AttributionFinder {

    private final AnalyzedText text;
    private final QuotedRanges quotations;

    AttributionFinder(AnalyzedText text, List<QuoteScanner.Span> spans) {
        this.text = text;
        this.quotations = new QuotedRanges(spans);
    }

    /** Every attribution of the article, in text order. */
    List<Attribution> findAll() {
        List<Attribution> out = new ArrayList<>();
        for (List<Sentence> clause : clauses()) {
            out.addAll(find(clause));
        }
        return out;
    }

    /** The sentences, those a wrapped line split apart joined again (the pipeline breaks at every line break). */
    private List<List<Sentence>> clauses() {
        List<QuoteScanner.Paragraph> paragraphs = QuoteScanner.paragraphs(text.text());
        List<List<Sentence>> out = new ArrayList<>();
        Sentence prev = null;
        for (Sentence s : text.sentences()) {
            if (prev != null && wrappedBetween(paragraphs, prev, s)) {
                out.get(out.size() - 1).add(s);
            } else {
                out.add(new ArrayList<>(List.of(s)));
            }
            prev = s;
        }
        return out;
    }

    /** A line break inside one paragraph lies between the two sentences: a line wrapped inside a sentence. */
    private boolean wrappedBetween(List<QuoteScanner.Paragraph> paragraphs, Sentence a, Sentence b) {
        if (a.end() > b.start() || text.text().substring(a.end(), b.start()).indexOf('\n') < 0) {
            return false;
        }
        QuoteScanner.Paragraph p = paragraphAt(paragraphs, a.start());
        return p != null && p.start() <= a.start() && b.end() <= p.end();
    }

    /** The last paragraph starting at or before the offset, or null. */
    private static QuoteScanner.Paragraph paragraphAt(List<QuoteScanner.Paragraph> paragraphs, int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        QuoteScanner.Paragraph found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).start() <= offset) {
                found = paragraphs.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    List<Attribution> find(Sentence s) {
        return find(List.of(s));
    }

    private List<Attribution> find(List<Sentence> sentences) {
        Clause c = new Clause(text.text(), sentences, quotations);
        List<Attribution> out = new ArrayList<>();
        for (int k = 0; k < c.size(); k++) {
            List<Attribution> earlier = List.copyOf(out);
            for (AttributionRule rule : AttributionRules.ALL) {
                AttributionRule.Reading r = rule.read(c, k, earlier);
                if (r.claimed()) {
                    if (r.attribution() != null) {
                        out.add(r.attribution());
                    }
                    break;
                }
            }
        }
        return revise(out);
    }

    /** The sentence read as a whole. */
    private List<Attribution> revise(List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found);
        // "“…,” he said, the sources told Reuters": a second attribution right after a speaker's only relays his words
        for (int i = 1; i < out.size(); i++) {
            Attribution a = out.get(i - 1);
            Attribution b = out.get(i);
            if (!a.weak() && !b.weak() && b.anchorStart() > a.anchorEnd()
                    && text.text().substring(a.anchorEnd(), b.anchorStart()).strip().equals(",")) {
                out.set(i, b.asSource());
            }
        }
        // 'According to the State Department, Brown "stressed ..."': a named office is the speaker of its readout's
        // words; only a source that names nobody ("according to the communique") leaves them to the person
        boolean namedSource = out.stream().anyMatch(a -> a.verb().equals("according to")
                && a.form() == Attribution.Form.NAMED && !isPredicate(a));
        if (namedSource) {
            out.removeIf(AttributionFinder::isPredicate);
        }
        // a pronoun subject inside a sentence whose main speaker is named: "Kishida told media … that he told …"
        for (int i = 1; i < out.size(); i++) {
            Attribution a = out.get(i);
            if (a.form() == Attribution.Form.PERSON_PRONOUN) {
                for (int j = 0; j < i; j++) {
                    Attribution b = out.get(j);
                    if (b.form() == Attribution.Form.NAMED && !b.weak()) {
                        out.set(i, a.withSpeaker(b));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean isPredicate(Attribution a) {
        return a.rule().equals("quoted-predicate");
    }
}
