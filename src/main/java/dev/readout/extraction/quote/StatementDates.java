package dev.readout.extraction.quote;

import dev.readout.call.DatePrecision;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.date.DateResolver;

import java.time.LocalDate;
import java.util.List;

/**
 * The day words were said, read with the same date rules calls use: a day named in the attribution's sentence, else
 * in its paragraph, else the day the article gives the same speaker's earlier words, else "today" the publication
 * day. Words already said are past: a day after publication is never taken.
 */
final class StatementDates {

    private final ArticleQuotes q;
    private final Speakers speakers;
    private final DateResolver dates;

    StatementDates(ArticleQuotes q, Speakers speakers) {
        this.q = q;
        this.speakers = speakers;
        this.dates = new DateResolver(q.text(), q.analyzed().publishedOn());
    }

    LocalDate of(QuoteScanner.Span span, Attribution a) {
        LocalDate d = dayIn(a.sentence(), span, a);
        if (d != null) {
            return d;
        }
        QuoteScanner.Paragraph p = q.paragraph(q.paragraphAt(a.anchorStart()));
        for (DateResolver.DateMention m : dates.find(p.start(), p.end())) {
            d = ArticleQuotes.inside(m.start(), span) ? null : day(m);
            if (d != null) {
                return d;
            }
        }
        // "Kirby said on Thursday … Kirby said, “…”"
        String who = speakers.who(a);
        List<Attribution> all = q.attributions();
        for (int i = all.size() - 1; i >= 0; i--) {
            Attribution b = all.get(i);
            if (b.anchorStart() < a.anchorStart() && b.form() == Attribution.Form.NAMED && speakers.who(b).equals(who)) {
                d = dayIn(b.sentence(), span, b);
                if (d != null) {
                    return d;
                }
            }
        }
        Sentence s = q.sentence(a.sentence());
        LocalDate published = q.analyzed().publishedOn();
        if (published != null && q.text().substring(s.start(), s.end()).toLowerCase().contains("today")) {
            return published;
        }
        return null;
    }

    /** The day named in the sentence nearest to the attribution ("Biden said on Monday"). */
    private LocalDate dayIn(int sentence, QuoteScanner.Span span, Attribution a) {
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        Sentence in = q.sentence(sentence);
        for (DateResolver.DateMention m : dates.find(in.start(), in.end())) {
            if (!ArticleQuotes.inside(m.start(), span)) {
                LocalDate d = day(m);
                int distance = Math.abs(m.start() - a.anchorStart());
                if (d != null && distance < bestDistance) {
                    best = d;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** A day the words pin, read as past; months, vague spans and days the article cannot pin give none. */
    private LocalDate day(DateResolver.DateMention m) {
        DateResolver.Resolved r = dates.resolve(m, false);
        if (r.date() == null || r.precision() != DatePrecision.DAY) {
            return null;
        }
        LocalDate published = q.analyzed().publishedOn();
        return published != null && r.date().isAfter(published) ? null : r.date();
    }
}
