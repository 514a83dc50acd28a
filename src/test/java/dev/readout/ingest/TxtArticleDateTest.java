package dev.readout.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which date a .txt article is ingested with: sidecar, then the text's own date, then the --published-on default. */
class TxtArticleDateTest {

    private static final LocalDate DEFAULT = LocalDate.of(2024, 3, 5);
    private static final String UNDATED = "The minister spoke with her counterpart on Tuesday.";
    private static final String HEADED = " date 2022-01-05 " + UNDATED;
    private static final String DATELINED = "Posted at 1:23 PM, Apr 29, 2022\nThe minister spoke on Tuesday.";

    @Test
    void theSidecarWinsOverTheTextAndTheDefault(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("a.txt");
        Files.writeString(file, HEADED);
        Files.writeString(tmp.resolve("a.txt.date"), " 2022-02-24\n");
        assertThat(TxtArticleDate.of(file, HEADED, DEFAULT)).isEqualTo(LocalDate.of(2022, 2, 24));
        // and the date reaches the article: a date given by the caller beats the header
        assertThat(ArticleText.of(HEADED, TxtArticleDate.of(file, HEADED, DEFAULT)).publishedOn())
                .isEqualTo(LocalDate.of(2022, 2, 24));
    }

    @Test
    void theDefaultOnlyForTextsThatGiveNoDate(@TempDir Path tmp) {
        Path file = tmp.resolve("a.txt");
        assertThat(TxtArticleDate.of(file, UNDATED, DEFAULT)).isEqualTo(DEFAULT);
        assertThat(TxtArticleDate.of(file, HEADED, DEFAULT)).isNull();
        assertThat(ArticleText.of(HEADED, TxtArticleDate.of(file, HEADED, DEFAULT)).publishedOn())
                .isEqualTo(LocalDate.of(2022, 1, 5));
        assertThat(ArticleText.of(DATELINED, TxtArticleDate.of(file, DATELINED, DEFAULT)).publishedOn())
                .isEqualTo(LocalDate.of(2022, 4, 29));
        assertThat(TxtArticleDate.of(file, UNDATED, null)).isNull();
    }

    @Test
    void aSidecarWithoutOneIsoDateIsAnError(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("b.txt");
        for (String bad : new String[] {"24/02/2022", "2022-02-30", "2022-02-24 2022-02-25", ""}) {
            Files.writeString(tmp.resolve("b.txt.date"), bad);
            assertThatThrownBy(() -> TxtArticleDate.of(file, UNDATED, DEFAULT))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("b.txt.date must hold one date as YYYY-MM-DD");
        }
    }
}
