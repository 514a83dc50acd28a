package dev.readout.ingest;

import dev.readout.graphql.BadRequestException;
import dev.readout.ingest.IngestService.IngestRequest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every refusal names its field and says what to send; cleaning never changes ordinary text. */
class IngestArticleValidatorTest {

    private final IngestArticleValidator validator = new IngestArticleValidator(1_048_576);

    private static IngestRequest text(String text) {
        return new IngestRequest(text, null, null, null, null);
    }

    private static IngestRequest url(String url) {
        return new IngestRequest("Blinken spoke with Kuleba.", url, null, null, null);
    }

    @Test
    void missingEmptyAndBlankTextAreRefusedNamingTheField() {
        for (String t : new String[]{null, "", "   ", "\n\t\r\n", "\u0000\u0001\u0007", " \u007f\u0085 "}) {
            assertThatThrownBy(() -> validator.validate(text(t)))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageStartingWith("input.text");
        }
    }

    @Test
    void textOverTheLimitIsRefusedWithTheLimitInTheMessage() {
        String big = "a".repeat(1_048_577);
        assertThatThrownBy(() -> validator.validate(text(big)))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("input.text is too long")
                .hasMessageContaining("1048576 bytes")
                .hasMessageContaining("1 MB")
                .hasMessageContaining("readout.ingest.max-text-bytes");
        // exactly at the limit is fine; multi-byte characters count as their UTF-8 bytes
        assertThat(validator.validate(text("a".repeat(1_048_576))).text()).hasSize(1_048_576);
        String euros = "\u20ac".repeat(349_526); // 1,048,578 bytes in 349,526 chars
        assertThatThrownBy(() -> validator.validate(text(euros)))
                .hasMessageContaining("1048578 bytes");
        IngestArticleValidator small = new IngestArticleValidator(10);
        assertThatThrownBy(() -> small.validate(text("eleven byte")))
                .hasMessageContaining("the limit is 10 bytes");
    }

    @Test
    void urlMustBeAnAbsoluteHttpUrlWithAHost() {
        for (String bad : new String[]{"example.org/news", "/news/1", "ftp://example.org/a", "javascript:alert(1)",
                "file:///etc/passwd", "http://", "https:///path", "http://exa mple.org/", "mailto:a@b.c",
                "http://" + "a".repeat(2100) + ".org"}) {
            assertThatThrownBy(() -> validator.validate(url(bad))).as(bad)
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageStartingWith("input.url");
        }
        assertThat(validator.validate(url("  https://Example.org/news/1?x=2#p  ")).url())
                .isEqualTo("https://Example.org/news/1?x=2#p");
        assertThat(validator.validate(url("HTTP://example.org")).url()).isEqualTo("HTTP://example.org");
        assertThat(validator.validate(url("   ")).url()).isNull();
    }

    @Test
    void controlCharactersAreStrippedAndLoneSurrogatesReplaced() {
        String dirty = "Blinken\u0000 spoke\u0007 with\u001b Kuleba\u0085.\r\n\tNext\u007f line \ud800 end \udc00.";
        IngestRequest cleaned = validator.validate(new IngestRequest(dirty, "https://e.org/\u0000x", "Ti\u0001tle",
                "Sour\ud83dce", LocalDate.of(2022, 3, 3)));
        assertThat(cleaned.text()).isEqualTo("Blinken spoke with Kuleba.\r\n\tNext line \ufffd end \ufffd.");
        assertThat(cleaned.url()).isEqualTo("https://e.org/x");
        assertThat(cleaned.title()).isEqualTo("Title");
        assertThat(cleaned.source()).isEqualTo("Sour\ufffdce");
        assertThat(cleaned.publishedOn()).isEqualTo(LocalDate.of(2022, 3, 3));
        // valid surrogate pairs (emoji) and ordinary text are kept as they are, the same instance
        String ok = "Zelensky \ud83c\uddfa\ud83c\udde6 said: \u201cwe talked\u201d.\n";
        assertThat(validator.validate(text(ok)).text()).isSameAs(ok);
    }

    @Test
    void overlongTitleAndSourceAreRefused() {
        String longTitle = "t".repeat(1001);
        assertThatThrownBy(() -> validator.validate(new IngestRequest("x", null, longTitle, null, null)))
                .hasMessageStartingWith("input.title").hasMessageContaining("1000");
        assertThatThrownBy(() -> validator.validate(new IngestRequest("x", null, null, longTitle, null)))
                .hasMessageStartingWith("input.source");
    }
}
