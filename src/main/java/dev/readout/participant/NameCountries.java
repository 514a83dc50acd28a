package dev.readout.participant;

import dev.readout.lexicon.Gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Words that name a country in office names and roles ("U.S.", "American", "Russian"), from the gazetteer's one country table. */
public final class NameCountries {

    /** folded phrase → ISO code, longest phrases first so "south africa" wins over "south"-less matches. */
    private static final Map<List<String>, String> PHRASES = load();

    private NameCountries() {
    }

    /** A folded token list with country phrases replaced by their codes, e.g. [u, s, state, department] → [US, state, department]. */
    public static List<String> codify(List<String> folded) {
        List<String> in = new ArrayList<>();
        // "u s" from "U. S." is the same as "us"
        for (int i = 0; i < folded.size(); i++) {
            if (i + 1 < folded.size() && folded.get(i).equals("u") && (folded.get(i + 1).equals("s") || folded.get(i + 1).equals("k"))) {
                in.add("u" + folded.get(i + 1));
                i++;
            } else {
                in.add(folded.get(i));
            }
        }
        List<String> out = new ArrayList<>();
        outer:
        for (int i = 0; i < in.size(); ) {
            for (Map.Entry<List<String>, String> e : PHRASES.entrySet()) {
                List<String> p = e.getKey();
                if (i + p.size() <= in.size() && in.subList(i, i + p.size()).equals(p)) {
                    out.add(e.getValue());
                    i += p.size();
                    continue outer;
                }
            }
            out.add(in.get(i));
            i++;
        }
        return out;
    }

    /** Whether a codified token is a country code produced by {@link #codify}. */
    public static boolean isCode(String token) {
        return token.length() == 2 && Character.isUpperCase(token.charAt(0));
    }

    /** The country a phrase names, e.g. "Russian Defense Minister" → RU, or null. The first country word wins. */
    public static String countryOf(String text) {
        for (String t : codify(PersonName.fold(text))) {
            if (isCode(t)) {
                return t;
            }
        }
        return null;
    }

    private static Map<List<String>, String> load() {
        List<Map.Entry<List<String>, String>> entries = new ArrayList<>();
        Gazetteer.shared().stateForms().forEach((form, code) -> entries.add(Map.entry(PersonName.fold(form), code)));
        entries.sort(Comparator.comparingInt((Map.Entry<List<String>, String> e) -> -e.getKey().size())
                .thenComparing(e -> String.join(" ", e.getKey())));
        Map<List<String>, String> m = new LinkedHashMap<>();
        entries.forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
        return m;
    }
}
