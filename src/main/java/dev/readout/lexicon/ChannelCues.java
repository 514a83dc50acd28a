package dev.readout.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words in the narrative that say where a quotation was said ({@code channels.tsv}): "in a statement", "told
 * reporters", "tweeted", "in an interview with CNN". Channels are the names of
 * {@code dev.readout.statement.StatementChannel} constants, kept as strings so the lexicon depends on nothing.
 * Immutable and shared.
 */
public final class ChannelCues {

    /** One cue found in a text: its channel and where it starts. */
    public record Cue(String channel, int start) {
    }

    /** The cues of one channel matched one way (lower-cased, or as written). */
    private record Group(String channel, boolean exact, Pattern pattern) {
    }

    private static final ChannelCues SHARED = new ChannelCues();

    private final List<Group> groups = new ArrayList<>();

    private ChannelCues() {
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        for (String[] r : LexiconFile.rows("channels.tsv")) {
            boolean exact = r.length > 2 && r[2].strip().equals("exact");
            alternatives.computeIfAbsent(r[0] + "\t" + exact, k -> new ArrayList<>()).add("(?:" + r[1] + ")");
        }
        alternatives.forEach((k, alts) -> {
            String[] key = k.split("\t");
            groups.add(new Group(key[0], Boolean.parseBoolean(key[1]), Pattern.compile(String.join("|", alts))));
        });
    }

    public static ChannelCues shared() {
        return SHARED;
    }

    /** The cue nearest to {@code anchor} in the text (the earlier channel of the file on a tie), or null. */
    public Cue nearest(String text, int anchor) {
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = text.toLowerCase();
        for (Group g : groups) {
            Matcher m = g.pattern().matcher(g.exact() ? text : lower);
            while (m.find()) {
                int d = Math.abs(m.start() - anchor);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = new Cue(g.channel(), m.start());
                }
            }
        }
        return best;
    }
}
