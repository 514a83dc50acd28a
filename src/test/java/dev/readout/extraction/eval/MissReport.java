package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.call.CallStages;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.ingest.ArticleText;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Dev aid: for each gold call of a set that the extractor misses (no system call with matching participants and
 * status), the sentence of its evidence and the call stages' trace of that sentence; then each extra call with its
 * trace. Never run on the blind split: its articles are skipped.
 * Usage: MissReport SET [NAME-PREFIX]
 */
public final class MissReport {

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        String set = args[0];
        String only = args.length > 1 ? args[1] : "";
        Set<String> blind = new HashSet<>();
        for (String l : Files.readAllLines(Path.of("eval/blind-split.txt"))) {
            if (!l.isBlank() && !l.startsWith("#")) {
                blind.add(l.strip());
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        List<Path> files;
        try (Stream<Path> s = Files.list(CorpusFiles.ROOT.resolve(set).resolve("articles"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".txt", "");
            if (blind.contains(name) && set.equals("wide") || !name.startsWith(only)) {
                continue;
            }
            ArticleText text = ArticleText.of(Files.readString(f), null);
            AnalyzedText a = AnalysisCache.get(set + "-" + name, text.forExtraction(), text.publishedOn());
            CallStages.Result r = CallStages.run(a, ArticlePeople.index(a));
            Map<String, Object> gold = json.readValue(Files.readString(CorpusFiles.gold(f)), Map.class);
            List<ExtractedCall> left = new ArrayList<>(r.calls());
            for (Map<String, Object> g : (List<Map<String, Object>>) gold.getOrDefault("calls", List.of())) {
                List<String> gp = (List<String>) g.get("participants");
                String status = String.valueOf(g.getOrDefault("status", "held"));
                ExtractedCall hit = left.stream().filter(c -> c.status().name().equalsIgnoreCase(status)
                        && GoldScorer.participantsOk(gp, c.participants().stream().map(p -> p.name()).toList()))
                        .findFirst().orElse(null);
                if (hit != null) {
                    left.remove(hit);
                    continue;
                }
                String ev = String.valueOf(g.get("evidence"));
                int at = a.text().indexOf(ev);
                AnalyzedText.Sentence s = at < 0 ? null : a.sentenceAt(at);
                System.out.println("MISS " + name + " " + gp + " " + status + "\n   \"" + ev + "\"");
                if (s != null) {
                    printTrace(r, s.index());
                }
            }
            for (ExtractedCall c : left) {
                System.out.println("EXTRA " + name + " " + c.participants().stream().map(p -> p.name()).toList() + " "
                        + c.status() + "\n   \"" + c.evidence().get(0).sentence().replace('\n', ' ') + "\"");
                AnalyzedText.Sentence s = a.sentenceAt(c.evidence().get(0).start());
                if (s != null) {
                    printTrace(r, s.index());
                }
            }
        }
    }

    private static void printTrace(CallStages.Result r, int sentence) {
        for (String t : r.trace()) {
            if (t.startsWith("#" + sentence + " ")) {
                System.out.println("   " + t.replace("\n", "\n   "));
            }
        }
    }
}
