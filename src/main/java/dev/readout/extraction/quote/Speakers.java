package dev.readout.extraction.quote;

import dev.readout.extraction.ExtractedParticipant;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/** The article's speaker resolver, with a memo of who each attribution names (for comparing two attributions). */
final class Speakers {

    private final SpeakerResolver resolver;
    private final Map<Attribution, String> who = new IdentityHashMap<>();

    Speakers(SpeakerResolver resolver) {
        this.resolver = resolver == null ? SpeakerResolver.asWritten() : resolver;
    }

    SpeakerResolver resolver() {
        return resolver;
    }

    ExtractedParticipant resolve(String words, int offset) {
        return resolver.resolve(words, offset);
    }

    /** Who the attribution names, as the resolver reads it (its last word when it names nobody). */
    String who(Attribution a) {
        return who.computeIfAbsent(a, k -> {
            ExtractedParticipant p = resolver.resolve(a.speakerText(), a.speakerStart());
            return p != null && p.name() != null ? p.name() : lastWord(a);
        });
    }

    private static String lastWord(Attribution a) {
        String[] w = a.speakerText().toLowerCase(Locale.ROOT).split("\\s+");
        return w[w.length - 1];
    }
}
