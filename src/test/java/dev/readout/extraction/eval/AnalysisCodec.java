package dev.readout.extraction.eval;

import dev.readout.extraction.AnalyzedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The language pipeline's output as lines of text, so analyses can be stored (the dev cache, the analyses rule tests
 * read) and read back without loading a model. One line per sentence ({@code S}), token ({@code T}), dependency arc
 * ({@code A}) and entity ({@code E}); tab-separated; {@code \N} marks a null field. The text itself is not stored.
 */
public final class AnalysisCodec {

    private AnalysisCodec() {
    }

    private static String n(String s) {
        return s == null ? "\\N" : s;
    }

    private static String u(String s) {
        return s.equals("\\N") || s.equals("\u0000") ? null : s;
    }

    public static List<String> save(AnalyzedText a) {
        List<String> out = new ArrayList<>();
        for (AnalyzedText.Sentence s : a.sentences()) {
            out.add("S\t" + s.index() + "\t" + s.start() + "\t" + s.end() + "\t" + s.parsed());
            for (AnalyzedText.Token t : s.tokens()) {
                out.add(String.join("\t", "T", t.word(), "" + t.start(), "" + t.end(), n(t.pos()), n(t.lemma()), n(t.ner()), n(t.normalized())));
            }
            for (AnalyzedText.Arc arc : s.arcs()) {
                out.add("A\t" + arc.governor() + "\t" + arc.dependent() + "\t" + arc.relation());
            }
        }
        for (AnalyzedText.Entity e : a.entities()) {
            out.add(String.join("\t", "E", e.type(), "" + e.start(), "" + e.end(), "" + e.sentence(), n(e.normalized())));
        }
        return out;
    }

    public static AnalyzedText load(String text, LocalDate published, List<String> lines) {
        List<AnalyzedText.Sentence> sentences = new ArrayList<>();
        List<AnalyzedText.Entity> entities = new ArrayList<>();
        String[] cur = null;
        List<AnalyzedText.Token> toks = new ArrayList<>();
        List<AnalyzedText.Arc> arcs = new ArrayList<>();
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            switch (c[0]) {
                case "S" -> {
                    if (cur != null) {
                        sentences.add(sentence(cur, toks, arcs));
                    }
                    cur = c;
                    toks = new ArrayList<>();
                    arcs = new ArrayList<>();
                }
                case "T" -> toks.add(new AnalyzedText.Token(c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]), u(c[4]), u(c[5]), u(c[6]), u(c[7])));
                case "A" -> arcs.add(new AnalyzedText.Arc(Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[3]));
                case "E" -> {
                    int s = Integer.parseInt(c[2]), e = Integer.parseInt(c[3]);
                    entities.add(new AnalyzedText.Entity(text.substring(s, e), c[1], s, e, Integer.parseInt(c[4]), u(c[5])));
                }
                default -> { }
            }
        }
        if (cur != null) {
            sentences.add(sentence(cur, toks, arcs));
        }
        return new AnalyzedText(text, published, sentences, entities);
    }

    private static AnalyzedText.Sentence sentence(String[] c, List<AnalyzedText.Token> toks, List<AnalyzedText.Arc> arcs) {
        boolean parsed = c.length > 4 && Boolean.parseBoolean(c[4]);
        return new AnalyzedText.Sentence(Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]), toks, arcs, parsed);
    }
}
