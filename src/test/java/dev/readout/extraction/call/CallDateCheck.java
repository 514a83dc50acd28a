package dev.readout.extraction.call;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.Evidence;
import dev.readout.extraction.date.DateResolver;
import dev.readout.extraction.date.DateResolver.DateMention;
import dev.readout.extraction.eval.AnalysisCache;
import dev.readout.extraction.eval.CorpusFiles;
import dev.readout.extraction.grammar.SentenceView;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.ingest.ArticleText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Dev tool: date accuracy of the date stage on every gold call, whether or not the engine finds its parties. For
 * each gold call it finds the sentence holding the gold evidence, reads the date the way the engine would for the
 * trigger in that evidence ({@link CallDating}), and compares it with the gold date; it also reports the date of the
 * engine's own call read from that sentence, after merging. Counts "wrong days" (a day given that is not the gold's,
 * including where the gold has none). Sets: seeds, dev, wide without the blind split.
 * <p>
 * Run: {@code java -Dreadout.analysis-cache=/work/analysis-cache -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * dev.readout.extraction.call.CallDateCheck [--all|--errors] [SET/NAME ...]}
 */
public final class CallDateCheck {

    public static void main(String[] args) throws Exception {
        boolean all = List.of(args).contains("--all");
        boolean errors = all || List.of(args).contains("--errors");
        List<String> only = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
        Set<String> blind = Files.readAllLines(Path.of("eval/blind-split.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).collect(Collectors.toSet());
        JsonMapper json = JsonMapper.builder().build();
        for (String set : List.of("seeds+dev", "wide")) {
            int n = 0;
            int ok = 0;
            int finalN = 0;
            int finalOk = 0;
            int wrong = 0;
            int noTrigger = 0;
            int triggered = 0;
            int triggeredOk = 0;
            for (String part : set.equals("wide") ? List.of("wide") : List.of("seeds", "dev")) {
                List<Path> files;
                try (Stream<Path> s = Files.list(CorpusFiles.ROOT.resolve(part).resolve("articles"))) {
                    files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                }
                for (Path f : files) {
                    String name = f.getFileName().toString().replace(".txt", "");
                    if (part.equals("wide") && blind.contains(name)) {
                        continue;
                    }
                    if (!only.isEmpty() && !only.contains(part + "/" + name)) {
                        continue;
                    }
                    ArticleText text = ArticleText.of(Files.readString(f), null);
                    AnalyzedText a = AnalysisCache.get(part + "-" + name, text.forExtraction(), text.publishedOn());
                    ArticlePeople people = ArticlePeople.index(a);
                    DateResolver dates = new DateResolver(a.text(), a.publishedOn());
                    List<ExtractedCall> calls = CallStages.run(a, people).calls();
                    JsonNode gold = json.readTree(Files.readString(CorpusFiles.gold(f)));
                    for (JsonNode g : gold.path("calls")) {
                        String status = g.path("status").asString("held");
                        String goldDate = g.path("date").isNull() || g.path("date").isMissingNode() ? null : g.path("date").asString();
                        String goldText = g.path("date_text").isMissingNode() || g.path("date_text").isNull() ? null
                                : g.path("date_text").asString();
                        String ev = g.path("evidence").asString("");
                        int at = ev.isEmpty() ? -1 : a.text().indexOf(ev);
                        Sentence sentence = at < 0 ? null : a.sentenceAt(at);
                        String got = null;
                        String words = null;
                        String rule;
                        if (sentence == null) {
                            rule = "evidence not found";
                            noTrigger++;
                        } else {
                            SentenceView s = SentenceView.of(sentence, a.text(), people);
                            List<Trigger> ts = TriggerFinder.find(s);
                            Trigger t = ts.stream().filter(x -> s.token(x.token()).start() >= at
                                    && s.token(x.token()).end() <= at + ev.length()).findFirst()
                                    .orElse(ts.isEmpty() ? null : ts.get(0));
                            if (t == null) {
                                rule = "no trigger";
                                noTrigger++;
                            } else {
                                List<DateMention> ds = dates.find(sentence.start(), sentence.end());
                                List<CallDating.Reading> rs = new java.util.ArrayList<>();
                                rs.add(CallDating.read(t, s, ds));
                                java.util.Optional.ofNullable(CallDating.earlierContact(t, s, ds)).ifPresent(rs::add);
                                rs.addAll(CallDating.repeats(t, s, ds));
                                rule = rs.get(0).rule();
                                for (CallDating.Reading r : rs) {
                                    String day = null;
                                    if (r.date() != null) {
                                        DateResolver.Resolved res = dates.resolve(r.date(), status.equals("planned"));
                                        day = res.date() == null || res.precision() != dev.readout.call.DatePrecision.DAY
                                                ? null : res.date().toString();
                                        if (r == rs.get(0) || Objects.equals(day, goldDate)) {
                                            got = day;
                                            words = res.text() + " " + res.precision();
                                            rule = r.rule();
                                        }
                                    }
                                }
                            }
                        }
                        String fin = "-";
                        if (sentence != null) {
                            for (ExtractedCall c : calls) {
                                for (Evidence e : c.evidence()) {
                                    if (e.start() == sentence.start()) {
                                        fin = String.valueOf(c.date() == null ? null : c.date().toString());
                                    }
                                }
                            }
                        }
                        boolean good = Objects.equals(goldDate, got);
                        if (status.equals("held") && goldDate != null) {
                            n++;
                            ok += good ? 1 : 0;
                        }
                        if (!fin.equals("-") && status.equals("held") && goldDate != null) {
                            finalN++;
                            finalOk += goldDate.equals(fin) ? 1 : 0;
                        }
                        if (status.equals("held") && goldDate != null && !rule.equals("no trigger")
                                && !rule.equals("evidence not found")) {
                            triggered++;
                            // the engine's own call where it read one from that sentence (merging, carried days), else the stage
                            triggeredOk += goldDate.equals(fin.equals("-") ? got : fin) ? 1 : 0;
                        }
                        boolean wrongDay = got != null && !got.equals(goldDate);
                        wrong += wrongDay ? 1 : 0;
                        if (all || errors && !good) {
                            System.out.printf("%s/%s %s%s gold=%s '%s' got=%s [%s] (%s) final=%s | %s%n", part, name,
                                    wrongDay ? "WRONG " : "", status, goldDate, goldText, got, words, rule, fin,
                                    ev.length() > 90 ? ev.substring(0, 90) : ev);
                        }
                    }
                }
            }
            System.out.printf("%-10s dated held calls: date stage %d/%d = %.3f; engine's call from that sentence %d/%d; "
                    + "where a trigger is read (engine's call, else stage) %d/%d = %.3f; wrong days (any status) %d; "
                    + "no trigger/evidence %d%n", set, ok, n, n == 0 ? 0.0 : (double) ok / n, finalOk, finalN,
                    triggeredOk, triggered, triggered == 0 ? 0.0 : (double) triggeredOk / triggered, wrong, noTrigger);
        }
    }
}
