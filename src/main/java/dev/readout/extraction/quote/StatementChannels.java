package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.lexicon.ChannelCues;
import dev.readout.statement.StatementChannel;

import java.util.List;

/**
 * Where words were said (statement, tweet, interview, briefing, testimony, speech, other), read from the narrative
 * around the attribution ({@link ChannelCues}: "in a statement", "told reporters"): the attribution's sentence, then
 * the paragraph's earlier sentences, then the paragraphs before while they report nobody else; else the channel of
 * the same speaker's earlier words; else tweet for "tweeted", statement for an office, other for a person.
 */
final class StatementChannels {

    /** How many paragraphs back a setting ("in a speech", "told reporters") carries over to the same speaker. */
    private static final int SETTING_REACH = 4;

    private final ArticleQuotes q;
    private final Speakers speakers;

    StatementChannels(ArticleQuotes q, Speakers speakers) {
        this.q = q;
        this.speakers = speakers;
    }

    StatementChannel of(QuoteScanner.Span span, Attribution a, List<Said> said) {
        Sentence as = q.sentence(a.sentence());
        StatementChannel c = cue(q.unquoted(as.start(), as.end()), a.anchorStart() - as.start());
        if (c != null) {
            return c;
        }
        int paragraph = q.paragraphAt(a.anchorStart());
        QuoteScanner.Paragraph p = q.paragraph(paragraph);
        int from = Math.min(p.start(), span.outerStart());
        c = cueNearestEnd(q.unquoted(from, Math.min(as.start(), span.outerStart())));
        if (c != null) {
            return c;
        }
        // the paragraphs before, back to one that reports someone else speaking: "Minister Payne made the comments in
        // a speech" ⏎ "The Minister was in Fiji …" ⏎ "“…”"
        for (int i = paragraph - 1; i >= 0 && i >= paragraph - SETTING_REACH && sameSpeakerOrNone(i, a); i--) {
            QuoteScanner.Paragraph prev = q.paragraph(i);
            c = cueNearestEnd(q.unquoted(prev.start(), prev.end()));
            if (c != null) {
                return c;
            }
        }
        String who = speakers.who(a);
        for (int i = said.size() - 1; i >= 0; i--) {
            Said d = said.get(i);
            if (d.attribution().speakerText().equals(a.speakerText()) || speakers.who(d.attribution()).equals(who)) {
                return d.statement().channel();
            }
        }
        if (a.verb().equals("tweet")) {
            return StatementChannel.TWEET;
        }
        return a.organization() ? StatementChannel.STATEMENT : StatementChannel.OTHER;
    }

    /**
     * The paragraph reports the same speaker, or no one speaking (an outlet that reports or relays does not count):
     * its setting carries over.
     */
    private boolean sameSpeakerOrNone(int paragraph, Attribution a) {
        QuoteScanner.Paragraph p = q.paragraph(paragraph);
        String who = speakers.who(a);
        boolean other = false;
        for (Attribution b : q.attributionsBetween(p.start(), p.end())) {
            if (b.form() != Attribution.Form.NAMED) {
                continue;
            }
            if (speakers.who(b).equals(who)) {
                return true;
            }
            other |= !(b.weak() && !b.verb().equals("according to"));
        }
        return !other;
    }

    private static StatementChannel cue(String text, int anchor) {
        ChannelCues.Cue c = ChannelCues.shared().nearest(text, anchor);
        return c == null ? null : StatementChannel.valueOf(c.channel());
    }

    /** The cue nearest the end of the text (the narrative just before a quotation), or null. */
    private static StatementChannel cueNearestEnd(String text) {
        return text.isEmpty() ? null : cue(text, text.length());
    }
}
