package dev.readout.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one tab-separated lexicon resource under {@code /dev/readout/lexicon/}: rows of columns, comments skipped. */
final class LexiconFile {

    private LexiconFile() {
    }

    static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = LexiconFile.class.getResourceAsStream("/dev/readout/lexicon/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
