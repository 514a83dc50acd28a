package dev.readout.extraction.people;

import java.util.ArrayList;
import java.util.List;

/** Character spans inside quotation marks (curly double, straight double, curly single), within one paragraph. */
final class QuoteSpans {

    private QuoteSpans() {
    }

    static List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    out.add(new int[]{open, i});
                }
                open = -1;
                continue;
            }
            if (open < 0) {
                if (c == '“') {
                    open = i;
                    closer = '”';
                } else if (c == '"') {
                    open = i;
                    closer = '"';
                } else if (c == '‘' && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                    open = i;
                    closer = '’';
                }
            } else if (c == closer && (closer != '’' || i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                out.add(new int[]{open, i + 1});
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new int[]{open, text.length()});
        }
        return out;
    }
}
