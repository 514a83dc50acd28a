package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.LanguagePipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Dev aid: writes each corpus article's tokens (word/POS/NER/normalized) to target/analysis/NAME.txt. */
public final class AnalysisDump {
    public static void main(String[] args) throws Exception {
        Path out = Path.of("target/analysis");
        Files.createDirectories(out);
        for (Path f : CorpusFiles.articles()) {
            String name = f.getFileName().toString().replace(".txt", "");
            String text = Files.readString(f);
            LocalDate pub = CorpusFiles.published(f);
            AnalyzedText a = LanguagePipeline.shared().analyze(text, pub);
            StringBuilder sb = new StringBuilder("published " + pub + "\n");
            for (AnalyzedText.Sentence s : a.sentences()) {
                sb.append("\n#").append(s.index()).append(' ').append(s.text(text).replace('\n', ' ')).append('\n');
                for (AnalyzedText.Token t : s.tokens()) {
                    sb.append(t.word()).append('/').append(t.pos());
                    if (!"O".equals(t.ner())) sb.append('/').append(t.ner());
                    if (t.normalized() != null) sb.append('=').append(t.normalized());
                    sb.append(' ');
                }
                sb.append('\n');
            }
            for (AnalyzedText.Entity e : a.entities()) {
                sb.append("E ").append(e.type()).append(" [").append(e.text()).append("] ").append(e.normalized()).append('\n');
            }
            Files.writeString(out.resolve(name + ".txt"), sb);
        }
    }
}
