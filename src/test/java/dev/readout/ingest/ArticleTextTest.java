package dev.readout.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTextTest {

    @Test
    void readsThePublicationDateFromTheLeadingHeaderAndBlanksIt() {
        String raw = " date 2022-02-24 United States Secretary of State Antony Blinken on Wednesday spoke with Truss.";
        ArticleText t = ArticleText.of(raw, null);

        assertThat(t.publishedOn()).isEqualTo(LocalDate.of(2022, 2, 24));
        assertThat(t.stored()).isEqualTo(raw);
        assertThat(t.forExtraction()).hasSameSizeAs(raw);
        assertThat(t.forExtraction()).doesNotContain("2022-02-24");
        int i = raw.indexOf("United States");
        assertThat(t.forExtraction().substring(i)).isEqualTo(raw.substring(i));
    }

    @Test
    void aGivenDateWinsOverTheHeader() {
        ArticleText t = ArticleText.of(" date 2022-02-24 Text.", LocalDate.of(2022, 3, 1));
        assertThat(t.publishedOn()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(t.forExtraction()).isEqualTo("                 Text.");
    }

    @Test
    void aHeaderLaterInTheTextIsNotAPublicationDate() {
        ArticleText t = ArticleText.of("In this context, and date 2022-02-24 Latest news.", null);
        assertThat(t.publishedOn()).isNull();
    }

    @Test
    void readsAFullDateFromADateline() {
        assertThat(ArticleText.of("Go to home page\n\nJan. 18, 2022 (EIRNS)—A senior official said.", null)
                .publishedOn()).isEqualTo(LocalDate.of(2022, 1, 18));
        assertThat(ArticleText.of("Washington [US], February 24, 2022 (ANI): Blinken spoke.", null)
                .publishedOn()).isEqualTo(LocalDate.of(2022, 2, 24));
        assertThat(ArticleText.of("Kishida talks\n6 March 2022, 7:56 pmEdit\nThe prime minister said.", null)
                .publishedOn()).isEqualTo(LocalDate.of(2022, 3, 6));
    }

    @Test
    void neverGuessesADateWithoutAYear() {
        assertThat(ArticleText.of("Washington [US], February 24 (ANI): Blinken spoke on Wednesday.", null)
                .publishedOn()).isNull();
        assertThat(ArticleText.of("Blinken spoke with Truss on Wednesday.", null).publishedOn()).isNull();
    }

    @Test
    void blanksPageJunkKeepingLengthAndOffsets() {
        String raw = "Biden spoke with Zelensky.\n"
                + "Also Read: President Biden with Ketanji Brown Jackson After SCOTUS Confirmation\n"
                + "(Image: AP)\n"
                + "Most Popular\n"
                + "%d bloggers like this:\n"
                + "Image credit: Reuters\n"
                + "Share this article on WhatsApp\n"
                + "The call lasted an hour (Photo: White House) and was professional.";
        ArticleText t = ArticleText.of(raw, null);
        String read = t.forExtraction();

        assertThat(read).hasSameSizeAs(raw);
        assertThat(read).doesNotContain("Also Read", "Ketanji", "Image", "Most Popular", "bloggers", "Reuters",
                "WhatsApp", "Photo");
        assertThat(read).contains("Biden spoke with Zelensky.", "The call lasted an hour", "and was professional.");
        // line breaks survive, so paragraphs still end sentences
        assertThat(read.chars().filter(c -> c == '\n').count()).isEqualTo(raw.chars().filter(c -> c == '\n').count());
        int at = raw.indexOf("professional");
        assertThat(read.substring(at, at + "professional".length())).isEqualTo("professional");
    }

    @Test
    void keepsSentencesThatMerelyStartLikeJunk() {
        String raw = "Shares of defence firms rose after the call.\nSharing intelligence was discussed at length.";
        assertThat(ArticleText.of(raw, null).forExtraction()).isEqualTo(raw);
    }

    @Test
    void theContentHashIgnoresWhitespaceDifferences() {
        ArticleText a = ArticleText.of("Blinken  spoke with\nTruss. ", null);
        ArticleText b = ArticleText.of(" Blinken spoke with Truss.", null);
        ArticleText c = ArticleText.of("Blinken spoke with Lavrov.", null);

        assertThat(a.contentHash()).isEqualTo(b.contentHash()).hasSize(64);
        assertThat(a.contentHash()).isNotEqualTo(c.contentHash());
        // SHA-256 of "Blinken spoke with Truss."
        assertThat(a.contentHash()).isEqualTo(ArticleText.sha256("Blinken spoke with Truss."));
    }

    @Test
    void theSampleArticlesKeepTheirLengthAndHeaderDates() {
        for (SampleCorpus.Sample s : SampleCorpus.samples()) {
            ArticleText t = ArticleText.of(s.text(), null);
            assertThat(t.forExtraction()).as(s.name()).hasSameSizeAs(s.text());
        }
        assertThat(SampleCorpus.samples()).hasSize(5);
        assertThat(ArticleText.of(SampleCorpus.samples().get(0).text(), null).publishedOn())
                .isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(ArticleText.of(SampleCorpus.samples().get(1).text(), null).forExtraction())
                .doesNotContain("Also Read", "Most Popular", "bloggers like this");
    }
}
