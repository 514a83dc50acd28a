package dev.readout.extraction.eval;

import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.LanguagePipeline;
import dev.readout.extraction.ReadoutExtractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Dev aid: articles in one file separated by lines "===== yyyy-mm-dd|none"; prints the calls of each. */
public final class ExplainMany {
    public static void main(String[] args) throws Exception {
        String all = Files.readString(Path.of(args[0]));
        ReadoutExtractor x = new ReadoutExtractor();
        for (String part : all.split("(?m)^=====")) {
            if (part.isBlank()) {
                continue;
            }
            int nl = part.indexOf('\n');
            String head = part.substring(0, nl).strip();
            String text = part.substring(nl + 1);
            LocalDate pub = head.equals("none") ? null : LocalDate.parse(head);
            System.out.println("---- " + text.strip().replace('\n', ' ').substring(0, Math.min(100, text.strip().length())));
            for (ExtractedCall c : x.extract(LanguagePipeline.shared().analyze(text, pub)).calls()) {
                System.out.println("   " + c.participants().stream().map(p -> p.name() + "/" + p.country()).toList() + " "
                        + c.date() + " [" + c.dateText() + "] " + c.medium() + " " + c.status() + " ev=" + c.evidence().size());
            }
        }
    }
}
