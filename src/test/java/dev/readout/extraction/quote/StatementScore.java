package dev.readout.extraction.quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The statements part of shared/eval/score.py, in Java, for the floor test. */
final class StatementScore {

    private static final List<String> ANON = List.of("official", "source", "spokesperson", "spokesman", "spokeswoman",
            "aide", "diplomat");
    private static final Set<String> STOP = Set.of("us", "u", "s", "the", "of", "uk", "eu", "department", "ministry", "office");

    record Gold(String speaker, List<String> alternatives, String prefix) {
    }

    record Sys(String speaker, String text) {
    }

    int tp;
    int fp;
    int fn;
    final List<String> lines = new ArrayList<>();

    void add(String article, List<Gold> gold, List<Sys> system) {
        List<Sys> attributed = system.stream().filter(s -> s.speaker() != null).toList();
        Set<Integer> used = new HashSet<>();
        for (Gold g : gold) {
            boolean hit = false;
            for (int i = 0; i < attributed.size(); i++) {
                Sys s = attributed.get(i);
                if (speakerOk(g, s.speaker()) && quoteOk(g.prefix(), s.text())) {
                    used.add(i);
                    hit = true;
                }
            }
            if (hit) {
                tp++;
            } else {
                fn++;
                lines.add(article + "  MISS  " + g.speaker() + ": " + g.prefix());
            }
        }
        for (int i = 0; i < attributed.size(); i++) {
            if (!used.contains(i)) {
                fp++;
                Sys s = attributed.get(i);
                lines.add(article + "  EXTRA " + s.speaker() + ": " + s.text().substring(0, Math.min(50, s.text().length())));
            }
        }
    }

    double f1() {
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String summary() {
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return String.format(Locale.ROOT, "statements P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", p, r, f1(), tp, fp, fn);
    }

    static List<String> fold(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]+", " ").strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    static String key(String tok) {
        String t = tok.replace("y", "i").replace("j", "i").replace("ph", "f").replaceAll("(.)\\1+", "$1");
        String r = t.replaceAll("i+$", "");
        return r.isEmpty() ? t : r;
    }

    static boolean nameMatch(String gold, String system) {
        if (system == null) {
            return false;
        }
        List<String> g = fold(gold.replaceFirst("^\\?+", ""));
        List<String> s = fold(system);
        if (g.isEmpty() || s.isEmpty()) {
            return false;
        }
        if (g.stream().anyMatch(ANON::contains)) {
            return s.stream().anyMatch(ANON::contains);
        }
        if (key(g.get(g.size() - 1)).equals(key(s.get(s.size() - 1)))) {
            return true;
        }
        Set<String> gk = new HashSet<>();
        g.stream().filter(t -> !STOP.contains(t)).forEach(t -> gk.add(key(t)));
        Set<String> sk = new HashSet<>();
        s.stream().filter(t -> !STOP.contains(t)).forEach(t -> sk.add(key(t)));
        return !gk.isEmpty() && (sk.containsAll(gk) || gk.containsAll(sk));
    }

    static boolean speakerOk(Gold g, String speaker) {
        if (nameMatch(g.speaker(), speaker)) {
            return true;
        }
        return g.alternatives().stream().anyMatch(a -> nameMatch(a, speaker));
    }

    static boolean quoteOk(String prefix, String text) {
        String p = String.join(" ", fold(prefix));
        String t = String.join(" ", fold(text));
        return !p.isEmpty() && !t.isEmpty() && (t.contains(p) || (t.split(" ").length >= 5 && p.contains(t)));
    }
}
