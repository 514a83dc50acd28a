package dev.readout.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the exact key matches: not a prefix, an extension, another case, blank or null. */
class ApiKeysTest {

    @Test
    void onlyTheExactKeyMatches() {
        ApiKeys keys = new ApiKeys("s3cret-key");
        assertThat(keys.matches("s3cret-key")).isTrue();
        for (String wrong : new String[]{null, "", "s3cret-ke", "s3cret-key ", "s3cret-keyy", "S3CRET-KEY",
                "s3cret-kez", "\u0000s3cret-key"}) {
            assertThat(keys.matches(wrong)).as(String.valueOf(wrong)).isFalse();
        }
    }
}
