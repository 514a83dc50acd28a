package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.statement.StatementChannel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quotations of five or more words and who the article says said them. Readout's own rules: CoreNLP's quote
 * annotator is weak on news text.
 *
 * <p>The steps: {@link QuoteScanner} finds the outermost quotations by their marks and {@link AttributionFinder} every
 * "X said" outside them ({@link ArticleQuotes} holds both); embedded posts are their authors' ({@link EmbeddedPosts});
 * each other quotation takes an attribution by the {@link AssignmentRules}, nearest first; {@link Antecedents} ties
 * "he", "it" and "the readout" to an earlier speaker; the resolver says who the words name and the
 * {@link SpeakerRules} check it (an office stays an office, plural speakers are the people named together, …); then
 * {@link StatementChannels} and {@link StatementDates} read where and when. A trace says which rule decided each
 * quotation.
 */
public final class QuoteAttributor {

    static final int MIN_WORDS = 5;

    /** The statements of an article, and the trace of how each quotation was read. */
    public record Result(List<ExtractedStatement> statements, List<String> trace) {
    }

    public List<ExtractedStatement> attribute(AnalyzedText text, SpeakerResolver speakers) {
        return run(text, speakers).statements();
    }

    public Result run(AnalyzedText text, SpeakerResolver resolver) {
        ArticleQuotes q = new ArticleQuotes(text);
        Speakers speakers = new Speakers(resolver);
        StatementChannels channels = new StatementChannels(q, speakers);
        StatementDates dates = new StatementDates(q, speakers);
        List<ExtractedStatement> out = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        boolean[] postParagraph = new boolean[q.paragraphs().size()];
        for (QuoteScanner.Paragraph p : q.paragraphs()) {
            ExtractedStatement post = EmbeddedPosts.at(q, p, speakers.resolver());
            if (post != null) {
                postParagraph[p.index()] = true;
                postParagraph[q.paragraphAt(post.start())] = true;
                out.add(post);
                trace.add("post " + show(post.text()) + " -> " + name(post.speaker()) + " (author line '"
                        + post.speakerText() + "')");
            }
        }
        List<Said> said = new ArrayList<>();
        for (QuoteScanner.Span span : q.spans()) {
            String words = q.text().substring(span.start(), span.end());
            if (postParagraph[span.paragraph()]) {
                continue;
            }
            if (QuoteScanner.words(words) < MIN_WORDS) {
                continue;
            }
            if (NamedThings.isTitle(q, span)) {
                trace.add("quote " + show(words) + " dropped: a title");
                continue;
            }
            List<Said> before = List.copyOf(said);
            AssignmentRule.Choice choice = AssignmentRules.first(AssignmentRules.ALL, q, span, before);
            if (choice == null || choice.attribution() == null) {
                trace.add("quote " + show(words) + " dropped: " + (choice == null ? "no attribution" : choice.rule()));
                continue;
            }
            Attribution a = Antecedents.resolve(q, choice.attribution(), before);
            ExtractedParticipant speaker = speakers.resolve(a.speakerText(), a.speakerStart());
            String checks = "";
            for (SpeakerRule rule : SpeakerRules.ALL) {
                SpeakerRule.Decision d = rule.check(q, speakers, span, a, speaker, before);
                if (d != null) {
                    speaker = d.participant();
                    checks += " " + d.rule() + "=" + name(speaker);
                }
            }
            StatementChannel channel = channels.of(span, a, before);
            ExtractedStatement st = new ExtractedStatement(words, speaker, a.speakerText(), channel, dates.of(span, a),
                    span.start(), span.end(), q.sentenceText(span));
            said.add(new Said(span, a, st));
            out.add(st);
            trace.add("quote " + show(words) + " -> " + name(speaker) + " by " + choice.rule() + " ["
                    + choice.attribution() + "]" + (a == choice.attribution() ? "" : " antecedent [" + a + "]")
                    + checks + " " + channel);
        }
        out.sort(Comparator.comparingInt(ExtractedStatement::start));
        return new Result(List.copyOf(out), List.copyOf(trace));
    }

    private static String name(ExtractedParticipant p) {
        return p == null ? "nobody" : p.name();
    }

    private static String show(String words) {
        String one = words.replace("\n", " ⏎ ");
        return "“" + (one.length() > 60 ? one.substring(0, 60) + "…" : one) + "”";
    }
}
