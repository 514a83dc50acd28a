package dev.readout.statement;

import dev.readout.call.CameoCodes;
import dev.readout.participant.NameKeys;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Codes a statement as a CAMEO event where its words say which: the quotation and the sentence that reports it (which
 * carries the reporting verb, "denounced", "urged"). Pure, keyword rules over folded text, checked from the most to the
 * least hostile so that "we urge Russia to stop, and we condemn this attack" is 111, not 02x. A statement none of the
 * rules fits has no code: CAMEO 010 ("make statement") would say nothing a data scientist can use.
 * <p>
 * Known limits: no negation ("did not condemn" is still 111) and no notion of who is the target.
 */
public final class StatementCameo {

    private record Rule(String code, Pattern when, Pattern unless) {
    }

    private static Pattern p(String regex) {
        return Pattern.compile("\\b(?:" + regex + ")");
    }

    /** Words of both kinds within 80 characters of each other, in either order. */
    private static Pattern near(String a, String b) {
        return p("(?:" + a + ")\\b.{0,80}\\b(?:" + b + ")|(?:" + b + ")\\b.{0,80}\\b(?:" + a + ")");
    }

    private static final String THREAT = "threaten\\w*|warn(?:s|ed|ing)?|(?:swift|severe|massive|serious|grave|dire)"
            + "(?: and (?:swift|severe|massive|serious|decisive))? (?:consequences|costs|response)|will pay (?:a|the)"
            + "(?: heavy)? price|respond swiftly and decisively";

    private static final List<Rule> RULES = List.of(
            new Rule("138", near(THREAT, "military|force|strike|attack|invade|invasion|war|nuclear"), null),
            new Rule("1312", near(THREAT, "sanction\\w*|embargo\\w*|boycott\\w*"), null),
            new Rule("130", p(THREAT), null),
            new Rule("111", p("condemn\\w*|denounc\\w*|criticis\\w*|criticiz\\w*|deplor\\w*|unacceptable|"
                    + "reprehensible|outrageous|irresponsible|slam(?:s|med)?|rebuk\\w*|lambast\\w*|"
                    + "unprovoked and unjustified|blatant violation"), null),
            new Rule("112", p("accus\\w*|blam(?:e|es|ed|ing)"), null),
            new Rule("100", p("demand(?:s|ed|ing)?"), null),
            new Rule("026", p("(?:urg|call\\w* on|call\\w* upon|appeal\\w* to|ask\\w*)\\b.{0,80}\\b(?:dialogue|diplomac"
                    + "\\w*|diplomatic path|negotiat\\w*|talks|table)"), null),
            new Rule("025", p("(?:urg|call\\w* on|call\\w* upon|call\\w* for|appeal\\w* to|ask\\w*)\\w*\\b.{0,80}\\b(?:"
                    + "de escalat\\w*|deescalat\\w*|withdraw\\w*|pull back|ceasefire|truce|cease|stop|halt|release)"),
                    null),
            new Rule("023", p("(?:urg|call\\w* on|call\\w* for|appeal\\w* (?:to|for))\\w*\\b.{0,80}\\b(?:aid|assistance|"
                    + "humanitarian|weapons|support)"), null),
            new Rule("020", p("urg(?:e|es|ed|ing)|call(?:s|ed)? (?:on|upon)|appeal(?:s|ed)? to|implor\\w*"), null),
            new Rule("036", p("(?:willing\\w*|ready|readiness|prepared|plan(?:s|ned)?|intend\\w*|look\\w* forward|"
                    + "agree(?:d|s)?|will|would|hope) (?:\\w+ ){0,12}?(?:to )?(?:meet|meeting|talks|negotiat\\w*|"
                    + "(?:speak|talk) (?:with|to) |"
                    + "(?:continue|resume|hold) (?:\\w+ ){0,2}(?:discussions|dialogue|talks|exchange|conversations))"),
                    // "meet its obligations" is not a meeting
                    p("meet (?:its|their|our|his|her|all|these|those) |meet (?:the )?(?:obligations|demands|"
                            + "requirements|needs|commitments|targets|deadline|goals|criteria|conditions)")),
            new Rule("051", p("prais\\w*|commend\\w*|applaud\\w*|welcom(?:e|es|ed|ing)|grateful|thank\\w*|"
                    + "appreciat\\w*|endors\\w*|congratulat\\w*|salut(?:e|es|ed)"), null),
            new Rule("012", p("(?:deeply |gravely )?concern(?:ed|ing)|worried|alarm(?:ed|ing)|pessimis\\w*|"
                    + "regrettabl\\w*|disappoint\\w*"), null),
            new Rule("013", p("optimis\\w*|hopeful|encourag(?:ed|ing)|progress"), null));

    private StatementCameo() {
    }

    /** The CAMEO code of a statement, or null when its words say none of the coded kinds. */
    public static String code(String text, String sentence) {
        String folded = NameKeys.fold((text == null ? "" : text) + " | " + (sentence == null ? "" : sentence));
        for (Rule r : RULES) {
            if (r.when().matcher(folded).find() && (r.unless() == null || !r.unless().matcher(folded).find())) {
                return r.code();
            }
        }
        return null;
    }

    public static String code(Statement s) {
        String sentence = s.mentions().isEmpty() ? null : s.mentions().get(0).sentence();
        return code(s.text(), sentence);
    }

    public static Double goldstein(String code) {
        CameoCodes.Code c = CameoCodes.of(code);
        return c == null ? null : c.goldstein();
    }
}
