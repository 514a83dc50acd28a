package dev.readout.extraction.quote;

import dev.readout.statement.StatementChannel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where words were said, read from the narrative around the attribution ("in a statement", "told reporters"). */
final class Channels {

    private static final Map<StatementChannel, Pattern> CUES = new LinkedHashMap<>();

    static {
        CUES.put(StatementChannel.TWEET, Pattern.compile(
                "\\btweet(?:ed|s)?\\b|\\btwitter\\b|\\bweibo\\b|\\btelegram channel\\b|\\bsocial media\\b|\\bfacebook post\\b|(?<![\\w.])@\\w+|\\b(?:wrote|posted|said) on (?:facebook|telegram|instagram|x)\\b"));
        CUES.put(StatementChannel.STATEMENT, Pattern.compile(
                "\\bstatement\\b|\\bread-?out\\b|\\b(?:press )?release\\b|\\bcommuniqu[eé]\\b"));
        CUES.put(StatementChannel.BRIEFING, Pattern.compile(
                "\\bbriefing\\b|\\b(?:press|conference) (?:call|conference|availability)\\b|\\bnews conference\\b|\\breporters\\b"
                        + "|\\bjournalists\\b|\\btold (?:the )?(?:media|press)\\b|\\bmedia\\b"));
        CUES.put(StatementChannel.INTERVIEW, Pattern.compile(
                "(?i:\\binterview(?:ed)?\\b|\\btelevised\\b|\\btv\\b|\\bradio\\b|\\bpodcast\\b|\\bnewspaper\\b)"
                        + "|\\b(?:told|to|with)\\s+(?:the\\s+)?(?:CNN|BBC|NBC|CBS|ABC|MSNBC|NPR|PBS|Fox|Reuters|AFP|AP|Bloomberg"
                        + "|Axios|Politico|Al Jazeera|(?:[A-Z][\\w’'.-]*\\s?){1,4}(?:News|TV|Television|Radio|Channel|Times|Post"
                        + "|Journal|Network))\\b"));
        CUES.put(StatementChannel.TESTIMONY, Pattern.compile(
                "\\blawmakers\\b|\\btestimony\\b|\\btestif(?:y|ied|ying)\\b|\\bhearing\\b|\\bcommittee\\b|\\bsenators\\b"));
        CUES.put(StatementChannel.SPEECH, Pattern.compile(
                "\\bspeech\\b|\\b(?:an?|his|her|the|nightly|televised|video|weekly|inaugural) address\\b|\\baddressed (?:the|a|an) (?:nation|parliament|congress|rally|crowd|assembly|summit|conference)\\b|\\bremarks\\b|\\bvideo\\b(?! (?:call|link|conference|meeting|talks))"
                        + "|\\brally\\b|\\bcabinet meeting\\b"));
    }

    private Channels() {
    }

    /** The cue nearest to {@code anchor} in the text, or null. */
    static StatementChannel cue(String text, int anchor) {
        StatementChannel best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<StatementChannel, Pattern> e : CUES.entrySet()) {
            Matcher m = e.getValue().matcher(caseFor(e.getKey(), text));
            while (m.find()) {
                int d = Math.abs(m.start() - anchor);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e.getKey();
                }
            }
        }
        return best;
    }

    /** The cue nearest the end of the text (the narrative just before a quotation), or null. */
    static StatementChannel cueNearestEnd(String text) {
        return text.isEmpty() ? null : cue(text, text.length());
    }

    private static String caseFor(StatementChannel c, String text) {
        return c == StatementChannel.INTERVIEW ? text : text.toLowerCase();
    }
}
