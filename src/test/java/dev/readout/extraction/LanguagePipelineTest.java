package dev.readout.extraction;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagePipelineTest {

    @Test
    void findsPeopleAndTagsDatesSoThatTheyAreNeverReadAsNames() {
        String text = "US Secretary of State Antony Blinken on Wednesday spoke with UK Foreign Secretary Liz Truss.";
        AnalyzedText a = LanguagePipeline.shared().analyze(text, LocalDate.of(2022, 2, 24));

        assertThat(a.sentences()).hasSize(1);
        assertThat(a.entities()).extracting(AnalyzedText.Entity::text).contains("Antony Blinken", "Liz Truss");
        AnalyzedText.Entity wednesday = a.entities().stream().filter(e -> e.type().equals("DATE")).findFirst().orElseThrow();
        assertThat(wednesday.text()).isEqualTo("Wednesday");
        // SUTime is off (it was most of the pipeline's cost): NER still tags the words DATE, so they are never read
        // as a name, and Readout's own DateResolver turns them into days
        assertThat(wednesday.normalized()).isNotEqualTo("2022-02-23");
        assertThat(text.substring(wednesday.start(), wednesday.end())).isEqualTo("Wednesday");
    }

    @Test
    void aNamesLastSyllableTheTaggerTookForAPrepositionIsPartOfTheName() {
        // "Moon Jae In and ...": capitalised mid-sentence after two words of a name, followed by lower case
        List<CoreLabel> korean = labels("Moon/NNP/PERSON Jae/NNP/PERSON In/IN/O and/CC/O Kim/NNP/PERSON");
        LanguagePipeline.nameTags(korean);
        assertThat(korean.get(2).tag()).isEqualTo("NNP");
        // a headline's title case ("Putin In Talks") is left alone, and so is a preposition after a one-word name
        List<CoreLabel> headline = labels("Vladimir/NNP/PERSON Putin/NNP/PERSON In/IN/O Talks/NNS/O");
        List<CoreLabel> oneWord = labels("Putin/NNP/PERSON In/IN/O the/DT/O end/NN/O");
        LanguagePipeline.nameTags(headline);
        LanguagePipeline.nameTags(oneWord);
        assertThat(headline.get(2).tag()).isEqualTo("IN");
        assertThat(oneWord.get(1).tag()).isEqualTo("IN");
    }

    private static List<CoreLabel> labels(String tagged) {
        return java.util.Arrays.stream(tagged.split(" ")).map(w -> {
            String[] p = w.split("/");
            CoreLabel l = new CoreLabel();
            l.setWord(p[0]);
            l.setTag(p[1]);
            l.setNER(p[2]);
            return l;
        }).toList();
    }
}
