package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.lexicon.ChannelCues;
import dev.readout.statement.StatementChannel;

import java.util.List;

/**
 * Where words were said (statement, tweet, interview, briefing, testimony, speech, other), read from the narrative
 * around the attribution ({@link ChannelCues}: "in a statement", "told reporters"): the attribution's sentence, then
 * the paragraph's earlier sentences, then the paragraph before when it reports nobody else; else the channel of the
 * same speaker's earlier words; else tweet for "tweeted", statement for an office, other for a person.
 */
final class StatementChannels {

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
        if (paragraph > 0 && sameSpeakerOrNone(paragraph - 1, a)) {
            QuoteScanner.Paragraph prev = q.paragraph(paragraph - 1);
            c = cueNearestEnd(q.unquoted(prev.start(), prev.end()));
            if (c != null) {
                return c;
            }
        }
        for (int i = said.size() - 1; i >= 0; i--) {
            Said d = said.get(i);
            if (d.attribution().speakerText().equals(a.speakerText())) {
                return d.statement().channel();
            }
        }
        if (a.verb().equals("tweet")) {
            return StatementChannel.TWEET;
        }
        return a.organization() ? StatementChannel.STATEMENT : StatementChannel.OTHER;
    }

    /** The paragraph reports no one speaking, or only the same speaker: its setting carries over. */
    private boolean sameSpeakerOrNone(int paragraph, Attribution a) {
        QuoteScanner.Paragraph p = q.paragraph(paragraph);
        String who = speakers.who(a);
        for (Attribution b : q.attributions()) {
            if (b.anchorStart() >= p.start() && b.anchorStart() < p.end() && b.form() == Attribution.Form.NAMED
                    && !speakers.who(b).equals(who)) {
                return false;
            }
        }
        return true;
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
