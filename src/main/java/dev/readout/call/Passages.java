package dev.readout.call;

import dev.readout.lexicon.NameFold;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fingerprints of the quoted text of an article: one 64-bit hash per run of {@value #WORDS} folded words. Two
 * articles that share {@link CallMerger#LINKING_PASSAGES} of them quote the same passage — the same readout or
 * statement, retold or copied — which ties their undated reports of one call together. Boilerplate ("support for
 * Ukraine's sovereignty and territorial integrity") shares at most one such run across unrelated stories in the
 * corpus; ten words is where that stops.
 */
public final class Passages {

    static final int WORDS = 10;
    /** An article's quotations rarely give more; a very long one is fingerprinted by its first runs. */
    static final int MAX = 500;

    private Passages() {
    }

    public static Set<Long> of(Collection<String> quotations) {
        Set<Long> out = new TreeSet<>();
        for (String q : quotations) {
            List<String> w = NameFold.words(q);
            for (int i = 0; i + WORDS <= w.size() && out.size() < MAX; i++) {
                out.add(hash(w.subList(i, i + WORDS)));
            }
        }
        return out;
    }

    /** FNV-1a over the words and their separators: stable across JVMs, as stored fingerprints must be. */
    private static long hash(List<String> words) {
        long h = 0xcbf29ce484222325L;
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                h ^= word.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= ' ';
            h *= 0x100000001b3L;
        }
        return h;
    }
}
