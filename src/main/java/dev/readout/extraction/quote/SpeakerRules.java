package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.lexicon.NameFold;
import dev.readout.lexicon.SpeakerNouns;
import dev.readout.lexicon.Titles;
import dev.readout.participant.ParticipantKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks on the participant the resolver made of an attribution's words, in the order they run: offices stay
 * offices, short forms are spelled out, plural speakers are the people named together, a speaker is not someone his
 * own words name, a bare role ("the spokesman") is the person last reported speaking, a pronoun with nobody before
 * it is the speaker named next, and a pronoun nobody can be found for leaves the quotation unattributed.
 */
final class SpeakerRules {

    static final List<SpeakerRule> ALL = List.of(new OfficeStaysOffice(), new ShortFormSpelledOut(), new JointSpeakers(),
            new PronounIsTheSubject(), new NotNamedInOwnWords(), new BareRoleGoesBack(), new PronounBeforeItsName(),
            new PronounGoesOn(), new UnresolvedPronoun());

    private static final SpeakerNouns NOUNS = SpeakerNouns.shared();
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "him", "her", "them");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private SpeakerRules() {
    }

    // ---- shared readings of the words

    /** The attribution's words without a leading article: "the premier’s office" → "premier’s office". */
    static String bare(String words) {
        String w = words.strip();
        int sp = w.indexOf(' ');
        return sp > 0 && DETERMINERS.contains(w.substring(0, sp).toLowerCase(Locale.ROOT)) ? w.substring(sp + 1) : w;
    }

    /**
     * The head word, lower case, without a possessive: the last word, or the last before "of" ("the Office of the
     * President" → office; "Chief Officer of the UN Office" → officer).
     */
    static String head(String words) {
        String[] w = words.strip().split("\\s+");
        int last = w.length - 1;
        for (int i = 1; i < w.length; i++) {
            if (w[i].equals("of")) {
                last = i - 1;
                break;
            }
        }
        return w[last].toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "");
    }

    /** The resolver only gave the words back: it knows nobody by them. */
    static boolean asWritten(ExtractedParticipant p, String words) {
        return p == null || p.name() == null || NameFold.fold(p.name()).equals(NameFold.fold(bare(words)))
                || NameFold.fold(p.name()).equals(NameFold.fold(words));
    }

    static boolean isPronoun(String words) {
        return PRONOUNS.contains(words.strip().toLowerCase(Locale.ROOT));
    }

    static boolean namedPerson(ExtractedParticipant p) {
        return p != null && p.kind() == ParticipantKind.PERSON && p.name() != null && !isPronoun(p.name())
                && !p.name().isBlank() && Character.isUpperCase(p.name().codePointAt(0));
    }

    /** The people named (outside quotations) in a sentence, before {@code before}, as the resolver knows them. */
    static List<ExtractedParticipant> peopleIn(ArticleQuotes q, Speakers speakers, int sentence, int before) {
        List<ExtractedParticipant> out = new ArrayList<>();
        for (AnalyzedText.Entity e : q.analyzed().entities()) {
            if (e.sentence() != sentence || !e.type().equals("PERSON") || e.start() >= before || q.insideQuote(e.start())
                    || isPronoun(e.text())) {
                continue;
            }
            ExtractedParticipant p = speakers.resolve(e.text(), e.start());
            if (namedPerson(p) && out.stream().noneMatch(x -> x.name().equals(p.name()))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether a word of the name (its last, the surname) stands in the text as a word. */
    static boolean names(String text, ExtractedParticipant p) {
        List<String> w = NameFold.words(p.name());
        return !w.isEmpty() && NameFold.words(text).contains(w.get(w.size() - 1));
    }

    /** "the premier’s office said", "the presidency said": an office speaks, never the person it serves. */
    static final class OfficeStaysOffice implements SpeakerRule {
        public String name() {
            return "office-stays-office";
        }

        public Decision check(ArticleQuotes q, Speakers speakers, QuoteScanner.Span span, Attribution a,
                              ExtractedParticipant resolved, List<Said> said) {
            String words = a.speakerText();
            if (a.form() != Attribution.Form.NAMED || NOUNS.kind(head(words)) != SpeakerNouns.Kind.OFFICE
                    || resolved != null && resolved.kind() != ParticipantKind.PERSON) {
                return null;
            }
            String name = bare(words);
            String first = words.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (Set.of("his", "her").contains(first)) {
                // "his office said": the office of the person the pronoun means
                ExtractedParticipant holder = speakers.resolve(first.equals("his") ? "he" : "she", a.speakerStart());
                if (!namedPerson(holder)) {
                    return null;
                }
                name = holder.name() + "’s " + words.strip().substring(first.length()).strip();
            }
            return new Decision(new ExtractedParticipant(name, ParticipantKind.ORGANIZATION, null, null,
                    resolved == null ? null : resolved.country(), List.of()), name());
        }
    }

    /**
     * A short form the article spells out in parentheses: "the PSCU announced" after "the Presidential Strategic
     * Communications Unit (PSCU)" is that unit; "President Jokowi said" after "Joko Widodo (Jokowi)" is Joko Widodo.
     */
    static final class ShortFormSpelledOut implements SpeakerRule {
        public String name() {
            return "short-form-spelled-out";
        }

        public Decision check(ArticleQuotes q, Speakers speakers, QuoteScanner.Span span, Attribution a,
                              ExtractedParticipant resolved, List<Said> said) {
            String written = bare(a.speakerText());
            String[] words = written.split("\\s+");
            String shortForm = resolved != null && resolved.name() != null && !resolved.name().contains(" ")
                    ? resolved.name() : words[words.length - 1];
            if (!asWritten(resolved, shortForm) && !asWritten(resolved, written) || !shortForm.matches("\\p{Lu}\\p{L}+")) {
                return null;
            }
            for (ArticleQuotes.ShortForm f : q.shortForms(shortForm)) {
                String[] longWords = f.longWords().strip().split("\\s+");
                if (shortForm.matches("\\p{Lu}{2,7}")) {
                    String longForm = spelling(longWords, shortForm);
                    if (longForm != null) {
                        return new Decision(new ExtractedParticipant(longForm, ParticipantKind.ORGANIZATION, null, null,
                                resolved == null ? null : resolved.country(), List.of(shortForm)), name());
                    }
                } else if (longWords.length >= 2) {
                    // a nickname: the name right before it, as the resolver knows it
                    String longForm = String.join(" ", List.of(longWords).subList(Math.max(0, longWords.length - 3),
                            longWords.length));
                    ExtractedParticipant p = speakers.resolve(longForm, f.offset());
                    if (namedPerson(p) && p.name().contains(" ")) {
                        return new Decision(p, name());
                    }
                }
            }
            return null;
        }

        /** The words at the end of the capitalised run whose initials spell the acronym, or null. */
        private static String spelling(String[] words, String acronym) {
            StringBuilder initials = new StringBuilder();
            for (String w : words) {
                if (Character.isUpperCase(w.codePointAt(0))) {
                    initials.append(w.charAt(0));
                }
            }
            String init = initials.toString();
            int from = init.lastIndexOf(acronym);
            if (from < 0 || from + acronym.length() != init.length()) {
                return null;
            }
            int capital = 0;
            for (int i = 0; i < words.length; i++) {
                if (Character.isUpperCase(words[i].codePointAt(0))) {
                    if (capital == from) {
                        return String.join(" ", List.of(words).subList(i, words.length));
                    }
                    capital++;
                }
            }
            return null;
        }
    }

    /**
     * "the leaders said", "they said", "the two presidents said": a joint statement of the people the article last
     * named together; the first of them speaks (the others are equally its speakers).
     */
    static final class JointSpeakers implements SpeakerRule {
        /** How many sentences back the people named together may stand. */
        private static final int GROUP_WINDOW = 5;

        public String name() {
            return "joint-speakers";
        }

        public Decision check(ArticleQuotes q, Speakers speakers, QuoteScanner.Span span, Attribution a,
                              ExtractedParticipant resolved, List<Said> said) {
            if (!group(a.speakerText())
                    || resolved != null && !asWritten(resolved, a.speakerText()) && !namedPerson(resolved)) {
                return null;
            }
            for (int s = a.sentence(); s >= 0 && s >= a.sentence() - GROUP_WINDOW; s--) {
                List<ExtractedParticipant> people = peopleIn(q, speakers, s, a.speakerStart());
                if (people.size() >= 2) {
                    return new Decision(people.get(0), name());
                }
            }
            // "they said" again: the joint speakers of the last joint statement
            for (int i = said.size() - 1; i >= 0; i--) {
                Said d = said.get(i);
                if (group(d.attribution().speakerText())) {
                    return namedPerson(d.statement().speaker()) ? new Decision(d.statement().speaker(), name()) : null;
                }
            }
            return null;
        }

        /** "they", or a group noun made definite: "the leaders", "both presidents", "the pair". */
        private static boolean group(String speakerText) {
            String words = speakerText.strip().toLowerCase(Locale.ROOT);
            String head = head(words);
            return words.equals("they") || (NOUNS.group(head) || NOUNS.group(head.replaceAll("s$", "")))
                    && (words.startsWith("the ") || words.startsWith("both "));
        }
    }

    /**
     * "Rezaie thanked President Taye and said he was overwhelmed by what he calls “…”": a pronoun after people named in
     * its own sentence is the first of them, the sentence's subject, not the nearest.
     */
    static final class PronounIsTheSubject implements SpeakerRule {
        public String name() {
            return "pronoun-is-the-subject";
        }

        public Decision check(ArticleQuotes q, Speakers speakers, QuoteScanner.Span span, Attribution a,
                              ExtractedParticipant resolved, List<Said> said) {
            if (a.form() != Attribution.Form.PERSON_PRONOUN) {
                return null;
            }
            List<ExtractedParticipant> people = peopleIn(q, speakers, a.sentence(), a.speakerStart());
            if (people.isEmpty() || resolved != null && people.get(0).name().equals(resolved.name())) {
                return null;
            }
            return new Decision(people.get(0), name());
        }
    }

    /**
     * The speaker is not a person his own words name in the third person: "“Met Chinese Foreign Minister Qin Gang
     * …,” the minister tweeted" is not Qin Gang's tweet. A role or pronoun is then the person the narrative is about.
     */
    static final class NotNamedInOwnWords implements SpeakerRule {
        public String name() {
            return "not-named-in-own-words";
        }

        public Decision check(ArticleQuotes q, Speakers speakers, QuoteScanner.Span span, Attribution a,
                              ExtractedParticipant resolved, List<Said> said) {
            String quote = q.text().substring(span.start(), span.end());
            if (!namedPerson(resolved) || !names(quote, resolved) || names(a.speakerText(), resolved)) {
                return null;
            }
            ExtractedParticipant other = speakers.resolve("he", a.speakerStart());
            if (namedPerson(other) && !other.name().equals(resolved.name()) && !names(quote, other)) {
                return new Decision(other, name());
            }
            return null;
        }
    }

    /**
     * "the spokesman said" when the resolver knows no spokesman: the person last reported speaking, in this
     * paragraph or the two before, if the words fit him (his role is the same kind of title).
     */
    static final class BareRoleGoesBack implements SpeakerRule {
        public String name() {
            return "bare-role-goes-back";
        }

        public Decision check(ArticleQuotes q, Speakers speakers, QuoteScanner.Span span, Attribution a,
                              ExtractedParticipant resolved, List<Said> said) {
            String words = a.speakerText().strip();
            if (a.form() != Attribution.Form.NAMED || !words.toLowerCase(Locale.ROOT).startsWith("the ")
                    || NOUNS.kind(head(words)) != SpeakerNouns.Kind.ROLE && !Titles.shared().isTitleWord(head(words))
                    || !asWritten(resolved, words) || head(words).endsWith("s")) {
                return null;
            }
            Attribution b = q.lastNamedBefore(a.anchorStart(), 2, Attribution::person);
            if (b == null) {
                return null;
            }
            ExtractedParticipant p = speakers.resolve(b.speakerText(), b.speakerStart());
            return namedPerson(p) ? new Decision(p, name()) : null;
        }
    }

    /**
     * "she said “…”" with nobody named before it (the crawl cut the article's start): the person named as speaking
     * next, in this paragraph or the next.
     */
    static final class PronounBeforeItsName implements SpeakerRule {
        public String name() {
            return "pronoun-before-its-name";
        }

        public Decision check(ArticleQuotes q, Speakers speakers, QuoteScanner.Span span, Attribution a,
                              ExtractedParticipant resolved, List<Said> said) {
            if (!isPronoun(a.speakerText()) || namedPerson(resolved)) {
                return null;
            }
            for (AnalyzedText.Entity e : q.analyzed().entities()) {
                if (e.type().equals("PERSON") && e.start() < a.speakerStart() && !q.insideQuote(e.start())) {
                    return null; // someone was named before: the pronoun is not waiting for its name
                }
            }
            int paragraph = q.paragraphAt(a.speakerStart());
            for (Attribution b : q.attributions()) {
                if (b.anchorStart() <= a.anchorStart() || b.weak() || b.form() != Attribution.Form.NAMED || !b.person()) {
                    continue;
                }
                if (q.paragraphAt(b.anchorStart()) > paragraph + 1) {
                    break;
                }
                ExtractedParticipant p = speakers.resolve(b.speakerText(), b.speakerStart());
                return namedPerson(p) ? new Decision(p, name()) : null;
            }
            return null;
        }
    }

    /**
     * "…,” he said." ⏎ "He said …" ⏎ "“…,” he said.": a pronoun nobody is named for in reach goes on meaning the
     * person the last statement, three paragraphs back at most, was given to.
     */
    static final class PronounGoesOn implements SpeakerRule {
        public String name() {
            return "pronoun-goes-on";
        }

        public Decision check(ArticleQuotes q, Speakers speakers, QuoteScanner.Span span, Attribution a,
                              ExtractedParticipant resolved, List<Said> said) {
            if (!Set.of("he", "she").contains(a.speakerText().strip().toLowerCase(Locale.ROOT)) || namedPerson(resolved)
                    || said.isEmpty()) {
                return null;
            }
            Said last = said.get(said.size() - 1);
            boolean near = span.paragraph() - last.span().endParagraph() <= 3;
            return near && namedPerson(last.statement().speaker()) ? new Decision(last.statement().speaker(), name()) : null;
        }
    }

    /**
     * "he said", "they said", "the communique said" that no rule could tie to anyone: the quotation is left
     * unattributed rather than given to a pronoun or a document.
     */
    static final class UnresolvedPronoun implements SpeakerRule {
        public String name() {
            return "unresolved-reference";
        }

        public Decision check(ArticleQuotes q, Speakers speakers, QuoteScanner.Span span, Attribution a,
                              ExtractedParticipant resolved, List<Said> said) {
            if (resolved == null || resolved.name() == null) {
                return null;
            }
            boolean pronoun = isPronoun(resolved.name());
            boolean document = a.form() == Attribution.Form.ORGANIZATION_REFERENCE && asWritten(resolved, a.speakerText());
            return pronoun || document ? new Decision(null, name()) : null;
        }
    }
}
