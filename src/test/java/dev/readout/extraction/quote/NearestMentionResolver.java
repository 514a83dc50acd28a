package dev.readout.extraction.quote;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.participant.ParticipantKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A stand-in for the article's people index, for measuring quote attribution alone: a name becomes the fullest PERSON
 * mention with the same last word; a pronoun or a bare role becomes the nearest PERSON mention before it; anything
 * else is taken as written.
 */
final class NearestMentionResolver implements SpeakerResolver {

    private static final Set<String> ROLES = Set.of("president", "leader", "minister", "secretary", "diplomat",
            "spokesperson", "spokesman", "spokeswoman", "chancellor", "premier");
    private final AnalyzedText text;

    NearestMentionResolver(AnalyzedText text) {
        this.text = text;
    }

    @Override
    public ExtractedParticipant resolve(String speakerText, int offset) {
        if (speakerText == null || speakerText.isBlank()) {
            return null;
        }
        String w = speakerText.strip();
        String lower = w.toLowerCase(Locale.ROOT);
        List<AnalyzedText.Entity> people = text.entities().stream().filter(e -> e.type().equals("PERSON"))
                .filter(e -> !Set.of("he", "she", "his", "her", "him", "they", "it").contains(e.text().toLowerCase(Locale.ROOT)))
                .toList();
        String[] words = w.split("\\s+");
        String last = words[words.length - 1];
        boolean named = people.stream().anyMatch(e -> e.start() >= offset && e.end() <= offset + w.length());
        if (named) {
            String fullest = last;
            for (AnalyzedText.Entity e : people) {
                String[] ew = e.text().split("\\s+");
                if (ew[ew.length - 1].equalsIgnoreCase(last) && e.text().length() > fullest.length()) {
                    fullest = e.text();
                }
            }
            return ExtractedParticipant.person(fullest);
        }
        boolean pronoun = lower.equals("he") || lower.equals("she");
        boolean role = ROLES.contains(last.toLowerCase(Locale.ROOT)) || lower.contains("secretary of state");
        if (pronoun || role) {
            AnalyzedText.Entity nearest = null;
            for (AnalyzedText.Entity e : people) {
                if (e.end() <= offset) {
                    nearest = e;
                }
            }
            if (nearest != null) {
                return resolve(nearest.text(), nearest.start());
            }
            return pronoun ? null : ExtractedParticipant.person(w);
        }
        return new ExtractedParticipant(w, ParticipantKind.ORGANIZATION, null, null, null, List.of());
    }
}
