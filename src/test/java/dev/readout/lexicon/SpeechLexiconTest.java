package dev.readout.lexicon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The quote attributor's words: speech verbs, speaker nouns and channel cues, read from their data files. */
class SpeechLexiconTest {

    private final SpeechVerbs verbs = SpeechVerbs.shared();
    private final SpeakerNouns nouns = SpeakerNouns.shared();
    private final ChannelCues channels = ChannelCues.shared();

    @Test
    void speechVerbsByHowTheyReportSpeech() {
        assertThat(verbs.isSpeech("say")).isTrue();
        assertThat(verbs.isSpeech("Elaborate")).isTrue();
        assertThat(verbs.adjacentOnly("continue")).isTrue();
        assertThat(verbs.adjacentOnly("say")).isFalse();
        assertThat(verbs.source("report")).isTrue();
        assertThat(verbs.naming("so-called")).isTrue();
        assertThat(verbs.quoting("cite")).isTrue();
        assertThat(verbs.issuing("release")).isTrue();
        assertThat(verbs.particle("speak")).isEqualTo("of");
        assertThat(verbs.isSpeech("speak")).isFalse(); // "spoke with" reports a call, not words
        assertThat(verbs.isSpeech("meet")).isFalse();
        assertThat(verbs.forms()).contains("said", "told", "added");
    }

    @Test
    void speakerNounsByWhatTheyStandFor() {
        assertThat(nouns.kind("spokesperson")).isEqualTo(SpeakerNouns.Kind.ROLE);
        assertThat(nouns.kind("official")).isEqualTo(SpeakerNouns.Kind.ANONYMOUS);
        assertThat(nouns.organization("ministry")).isTrue();
        assertThat(nouns.document("readout")).isTrue();
        assertThat(nouns.words("remark")).isTrue();
        assertThat(nouns.speaks("remark")).isFalse();
        assertThat(nouns.speaks("table")).isFalse();
    }

    @Test
    void theNearestChannelCueWins() {
        String t = "In a statement on Monday, the minister told reporters";
        assertThat(channels.nearest(t, t.length()).channel()).isEqualTo("BRIEFING");
        assertThat(channels.nearest(t, 0).channel()).isEqualTo("STATEMENT");
        assertThat(channels.nearest("she said in an interview with CNN", 0).channel()).isEqualTo("INTERVIEW");
        assertThat(channels.nearest("he wrote in a post on Telegram", 0).channel()).isEqualTo("TWEET");
        assertThat(channels.nearest("a video call", 0)).isNull();
    }
}
