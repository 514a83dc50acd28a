package dev.readout.extraction.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A line-by-line port of the reference scorer {@code /work/shared/eval/score.py}: the same folding, name keys, name
 * matching, quote matching and greedy one-to-one matching, so the corpus test counts exactly as the lead does.
 * Gold and system documents are the parsed JSON (maps and lists) in score.py's format.
 */
public final class GoldScorer {

    static final List<String> ANON = List.of("official", "source", "spokesperson", "spokesman", "spokeswoman", "aide", "diplomat");
    static final Set<String> STOP = Set.of("us", "u", "s", "the", "of", "uk", "eu", "department", "ministry", "office");

    /** Per-article misses and extras, as score.py prints them. */
    public static final class Article {
        public int callTp, callFp, callFn, stTp, stFp, stFn;
        public final List<String> misses = new ArrayList<>();
        public final List<String> extras = new ArrayList<>();
    }

    /** Totals over all articles. */
    public static final class Totals {
        public int callTp, callFp, callFn, dateOk, dateN, mediumOk, mediumN, stTp, stFp, stFn, stUnattributed, sideTp, sideFp, sideFn;
        public final Map<String, Article> articles = new TreeMap<>();
        final Map<String, List<Object[]>> clusterIds = new LinkedHashMap<>();
        final Set<String> clusters = new LinkedHashSet<>();

        public double[] calls() {
            return prf(callTp, callFp, callFn);
        }

        public double[] statements() {
            return prf(stTp, stFp, stFn);
        }

        public double[] side() {
            return prf(sideTp, sideFp, sideFn);
        }

        public Double dateAccuracy() {
            return dateN == 0 ? null : round((double) dateOk / dateN);
        }

        public Double mediumAccuracy() {
            return mediumN == 0 ? null : round((double) mediumOk / mediumN);
        }

        public String clustersMerged() {
            int merged = 0;
            for (List<Object[]> v : clusterIds.values()) {
                Set<Object> ids = new HashSet<>();
                for (Object[] x : v) {
                    ids.add(x[1]);
                }
                if (v.size() > 1 && ids.size() == 1 && !ids.contains(null)) {
                    merged++;
                }
            }
            return clusters.isEmpty() ? null : merged + "/" + clusters.size();
        }

        /** The one-line summary score.py prints (same keys, same rounding). */
        public String summary() {
            double[] c = calls(), s = statements(), sd = side();
            return String.format(Locale.ROOT,
                    "{\"articles\": %d, \"calls_prf\": [%s, %s, %s], \"call_date_acc\": %s, \"call_medium_acc\": %s, "
                            + "\"attempted_planned_prf\": [%s, %s, %s], \"statements_prf\": [%s, %s, %s], "
                            + "\"unattributed_statements\": %d, \"clusters_merged\": \"%s\", \"counts\": {\"call_tp\": %d, "
                            + "\"call_fp\": %d, \"call_fn\": %d, \"st_tp\": %d, \"st_fp\": %d, \"st_fn\": %d}}",
                    articles.size(), n(c[0]), n(c[1]), n(c[2]), n(dateAccuracy()), n(mediumAccuracy()), n(sd[0]), n(sd[1]),
                    n(sd[2]), n(s[0]), n(s[1]), n(s[2]), stUnattributed, clustersMerged(), callTp, callFp, callFn, stTp,
                    stFp, stFn);
        }

        /** The per-article lines score.py prints before the summary. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, Article> e : articles.entrySet()) {
                for (String m : e.getValue().misses) {
                    out.add(e.getKey() + "  MISS  " + m);
                }
                for (String x : e.getValue().extras) {
                    out.add(e.getKey() + "  EXTRA " + x);
                }
            }
            return out;
        }

        private static String n(Object d) {
            if (d == null) {
                return "null";
            }
            double v = (Double) d;
            String s = Double.toString(v);
            return s;
        }
    }

    private GoldScorer() {
    }

    static List<String> fold(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        t = t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]+", " ");
        List<String> out = new ArrayList<>();
        for (String w : t.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static String key(String tok) {
        String t = tok.replace("y", "i").replace("j", "i").replace("ph", "f");
        t = t.replaceAll("(.)\\1+", "$1");
        String r = t.replaceAll("i+$", "");
        return r.isEmpty() ? t : r;
    }

    static boolean nameMatch(String gold, String system) {
        if (system == null || system.isEmpty()) {
            return false;
        }
        List<String> g = fold(gold.replaceAll("^\\?+", "")), s = fold(system);
        if (g.isEmpty() || s.isEmpty()) {
            return false;
        }
        if (ANON.stream().anyMatch(g::contains)) {
            return ANON.stream().anyMatch(s::contains);
        }
        if (key(g.get(g.size() - 1)).equals(key(s.get(s.size() - 1)))) {
            return true;
        }
        Set<String> gk = new HashSet<>(), sk = new HashSet<>();
        for (String t : g) {
            if (!STOP.contains(t)) {
                gk.add(key(t));
            }
        }
        for (String t : s) {
            if (!STOP.contains(t)) {
                sk.add(key(t));
            }
        }
        return !gk.isEmpty() && (sk.containsAll(gk) || gk.containsAll(sk));
    }

    @SuppressWarnings("unchecked")
    static boolean speakerOk(Map<String, Object> goldSt, String sysSpeaker) {
        List<String> names = new ArrayList<>();
        names.add((String) goldSt.get("speaker"));
        Object alts = goldSt.get("speaker_alternatives");
        if (alts != null) {
            names.addAll((List<String>) alts);
        }
        return names.stream().anyMatch(n -> nameMatch(n, sysSpeaker));
    }

    static String normText(String s) {
        return String.join(" ", fold(s));
    }

    static boolean quoteOk(String prefix, String text) {
        String p = normText(prefix), t = normText(text);
        return !p.isEmpty() && !t.isEmpty() && (t.contains(p) || t.split(" ").length >= 5 && p.contains(t));
    }

    static boolean participantsOk(List<String> gold, List<String> sys) {
        if (gold.size() != sys.size()) {
            return false;
        }
        List<String> left = new ArrayList<>(sys);
        for (String g : gold) {
            String hit = null;
            for (String s : left) {
                if (nameMatch(g, s)) {
                    hit = s;
                    break;
                }
            }
            if (hit == null) {
                return false;
            }
            left.remove(hit);
        }
        return true;
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    static double[] prf(int tp, int fp, int fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[]{round(p), round(r), round(f)};
    }

    private record Matched(List<Map<String, Object>[]> pairs, List<Map<String, Object>> misses, List<Map<String, Object>> pool) {
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> participants(Map<String, Object> c) {
        Object p = c.get("participants");
        return p == null ? List.of() : (List<String>) p;
    }

    @SuppressWarnings("unchecked")
    private static Matched matchCalls(List<Map<String, Object>> goldCalls, List<Map<String, Object>> sysCalls, String status) {
        List<Map<String, Object>> gold = new ArrayList<>();
        for (Map<String, Object> c : goldCalls) {
            Object st = c.getOrDefault("status", "held");
            if (status.equals(st == null ? "held" : st)) {
                gold.add(c);
            }
        }
        List<Map<String, Object>> pool = new ArrayList<>();
        for (Map<String, Object> s : sysCalls) {
            String st = str(s.get("status"));
            if ((st == null || st.isEmpty() ? "held" : st.toLowerCase(Locale.ROOT)).equals(status)) {
                pool.add(s);
            }
        }
        List<Map<String, Object>[]> pairs = new ArrayList<>();
        List<Map<String, Object>> misses = new ArrayList<>();
        for (Map<String, Object> g : gold) {
            List<String> gp = participants(g);
            List<String> named = gp.stream().filter(p -> !p.startsWith("?")).toList();
            Map<String, Object> hit = null;
            for (Map<String, Object> s : pool) {
                List<String> sp = participants(s);
                boolean ok = named.size() == gp.size() ? participantsOk(gp, sp)
                        : named.stream().allMatch(n -> sp.stream().anyMatch(p -> nameMatch(n, p)));
                if (ok) {
                    hit = s;
                    break;
                }
            }
            if (hit == null) {
                misses.add(g);
            } else {
                pool.remove(hit);
                pairs.add(new Map[]{g, hit});
            }
        }
        return new Matched(pairs, misses, pool);
    }

    /** Scores one article (gold and system JSON as parsed maps) into the totals. */
    @SuppressWarnings("unchecked")
    public static void score(String name, Map<String, Object> gold, Map<String, Object> system, Totals tot) {
        List<Map<String, Object>> goldCalls = (List<Map<String, Object>>) gold.getOrDefault("calls", List.of());
        for (Map<String, Object> c : goldCalls) {
            if (c.get("cluster") != null) {
                tot.clusters.add(str(c.get("cluster")));
            }
        }
        if (system == null) {
            system = Map.of("calls", List.of(), "statements", List.of());
        }
        Article a = new Article();
        List<Map<String, Object>> sysCalls = new ArrayList<>((List<Map<String, Object>>) system.getOrDefault("calls", List.of()));
        Matched held = matchCalls(goldCalls, sysCalls, "held");
        for (Map<String, Object>[] pair : held.pairs()) {
            Map<String, Object> g = pair[0], hit = pair[1];
            if (g.get("cluster") != null) {
                tot.clusterIds.computeIfAbsent(str(g.get("cluster")), k -> new ArrayList<>()).add(new Object[]{name, hit.get("id")});
            }
            if (participants(g).stream().anyMatch(p -> p.startsWith("?"))) {
                continue;
            }
            a.callTp++;
            String gd = str(g.get("date"));
            if (gd != null && !gd.isEmpty()) {
                tot.dateN++;
                boolean ok = gd.equals(str(hit.get("date")));
                tot.dateOk += ok ? 1 : 0;
                if (!ok) {
                    a.misses.add("date " + gd + " got " + str(hit.get("date")) + " for " + String.join(" + ", participants(g)));
                }
            }
            String gm = str(g.getOrDefault("medium", "unknown"));
            if (!"unknown".equals(gm)) {
                tot.mediumN++;
                String hm = str(hit.get("medium"));
                tot.mediumOk += (hm == null ? "" : hm.toLowerCase(Locale.ROOT)).equals(gm) ? 1 : 0;
            }
        }
        for (Map<String, Object> g : held.misses()) {
            if (participants(g).stream().noneMatch(p -> p.startsWith("?"))) {
                a.callFn++;
                a.misses.add("call " + String.join(" + ", participants(g)));
            }
        }
        a.callFp = held.pool().size();
        for (Map<String, Object> s : held.pool()) {
            a.extras.add("call " + String.join(" + ", participants(s)));
        }
        for (String status : List.of("attempted", "planned")) {
            Matched m = matchCalls(goldCalls, sysCalls, status);
            tot.sideTp += m.pairs().size();
            tot.sideFn += m.misses().size();
            tot.sideFp += m.pool().size();
        }
        List<Map<String, Object>> allSt = (List<Map<String, Object>>) system.getOrDefault("statements", List.of());
        List<Map<String, Object>> sysSt = new ArrayList<>();
        for (Map<String, Object> s : allSt) {
            String sp = str(s.get("speaker"));
            if (sp != null && !sp.isEmpty()) {
                sysSt.add(s);
            }
        }
        tot.stUnattributed += allSt.size() - sysSt.size();
        Set<Integer> used = new HashSet<>();
        for (Map<String, Object> g : (List<Map<String, Object>>) gold.getOrDefault("statements", List.of())) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < sysSt.size(); i++) {
                Map<String, Object> s = sysSt.get(i);
                if (speakerOk(g, str(s.get("speaker"))) && quoteOk(str(g.get("quote_prefix")), str(s.getOrDefault("text", "")))) {
                    hits.add(i);
                }
            }
            if (!hits.isEmpty()) {
                a.stTp++;
                used.addAll(hits);
            } else {
                a.stFn++;
                String qp = str(g.get("quote_prefix"));
                a.misses.add("statement " + g.get("speaker") + ": " + qp.substring(0, Math.min(50, qp.length())));
            }
        }
        for (int i = 0; i < sysSt.size(); i++) {
            if (!used.contains(i)) {
                a.stFp++;
                String t = str(sysSt.get(i).getOrDefault("text", ""));
                a.extras.add("statement " + sysSt.get(i).get("speaker") + ": " + t.substring(0, Math.min(50, t.length())));
            }
        }
        tot.callTp += a.callTp;
        tot.callFp += a.callFp;
        tot.callFn += a.callFn;
        tot.stTp += a.stTp;
        tot.stFp += a.stFp;
        tot.stFn += a.stFn;
        tot.articles.put(name, a);
    }
}
