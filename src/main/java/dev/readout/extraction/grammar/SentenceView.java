package dev.readout.extraction.grammar;

import dev.readout.extraction.AnalyzedText.Arc;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.extraction.people.ArticlePeople.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One sentence as the rules read it, immutable: tokens with lemmas, tags and entity types, the dependency arcs in both
 * directions, and the people index's mention covering each token (a name mention also covers the title and country
 * words before it: "UK Foreign Secretary Liz Truss" is one mention). Built once per sentence and shared by every rule.
 */
public final class SentenceView {

    private final Sentence sentence;
    private final String article;
    private final List<List<Arc>> dependents;
    private final List<List<Arc>> governors;
    private final Mention[] mentionAt;
    private final boolean[] quoted;

    private SentenceView(Sentence sentence, String article, Mention[] mentionAt, boolean[] quoted) {
        this.sentence = sentence;
        this.article = article;
        this.mentionAt = mentionAt;
        this.quoted = quoted;
        int n = sentence.tokens().size();
        List<List<Arc>> deps = new ArrayList<>(n);
        List<List<Arc>> govs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            deps.add(new ArrayList<>());
            govs.add(new ArrayList<>());
        }
        for (Arc a : sentence.arcs()) {
            if (a.dependent() < 0 || a.dependent() >= n) {
                continue;
            }
            govs.get(a.dependent()).add(a);
            if (a.governor() >= 0 && a.governor() < n) {
                deps.get(a.governor()).add(a);
            }
        }
        this.dependents = deps;
        this.governors = govs;
    }

    /** The view of one sentence with the article's people index. */
    public static SentenceView of(Sentence s, String article, ArticlePeople people) {
        int n = s.tokens().size();
        Mention[] at = new Mention[n];
        boolean[] quoted = new boolean[n];
        for (int i = 0; i < n; i++) {
            quoted[i] = people.inQuote(s.tokens().get(i).start());
        }
        List<Mention> ms = people.mentions(s.index());
        // names first, so a role word inside a name's context stays with the name
        for (Mention m : ms) {
            if (m.kind() == ArticlePeople.Kind.NAME) {
                for (int i = Math.max(0, people.contextStart(m)); i < m.to() && i < n; i++) {
                    if (at[i] == null || i >= m.from()) {
                        at[i] = m;
                    }
                }
            }
        }
        for (Mention m : ms) {
            if (m.kind() != ArticlePeople.Kind.NAME) {
                for (int i = m.from(); i < m.to() && i < n; i++) {
                    if (at[i] == null) {
                        at[i] = m;
                    }
                }
            }
        }
        return new SentenceView(s, article, at, quoted);
    }

    /** A view with no people index: for rules that read only the grammar. */
    public static SentenceView bare(Sentence s, String article) {
        int n = s.tokens().size();
        return new SentenceView(s, article, new Mention[n], new boolean[n]);
    }

    public int index() {
        return sentence.index();
    }

    public int size() {
        return sentence.tokens().size();
    }

    public boolean parsed() {
        return sentence.parsed();
    }

    public Sentence sentence() {
        return sentence;
    }

    public String text() {
        return article.substring(sentence.start(), sentence.end());
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public String word(int i) {
        return token(i).word();
    }

    public String lower(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    /** The lemma in lower case (the word when the tagger gave none). */
    public String lemma(int i) {
        String l = token(i).lemma();
        return (l == null ? token(i).word() : l).toLowerCase(Locale.ROOT);
    }

    public String pos(int i) {
        String p = token(i).pos();
        return p == null ? "" : p;
    }

    public String ner(int i) {
        String t = token(i).ner();
        return t == null ? "O" : t;
    }

    public boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    public boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    /** Whether the token stands inside quotation marks (words of a quotation are not the article's own report). */
    public boolean quoted(int i) {
        return quoted[i];
    }

    /** The people-index mention covering the token, or null. */
    public Mention mention(int i) {
        return i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
    }

    /** Arcs whose governor is the token. */
    public List<Arc> dependents(int i) {
        return dependents.get(i);
    }

    /** Arcs whose dependent is the token (enhanced++ graphs give some tokens several governors). */
    public List<Arc> governors(int i) {
        return governors.get(i);
    }

    /**
     * Whether an arc's relation is the one asked for: "nsubj" matches "nsubj", "nsubj:pass" and "nsubj:xsubj"; a
     * relation with a subtype ("obl:with") matches only itself.
     */
    public static boolean is(Arc a, String relation) {
        String r = a.relation();
        return r.equals(relation) || relation.indexOf(':') < 0 && r.startsWith(relation + ":");
    }

    /** The dependents of the token by one of the relations, in token order. */
    public List<Integer> dependents(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (Arc a : dependents.get(i)) {
            for (String r : relations) {
                if (is(a, r) && !out.contains(a.dependent())) {
                    out.add(a.dependent());
                }
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    /** The governors of the token by one of the relations. */
    public List<Integer> governors(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (Arc a : governors.get(i)) {
            for (String r : relations) {
                if (is(a, r) && a.governor() >= 0 && !out.contains(a.governor())) {
                    out.add(a.governor());
                }
            }
        }
        return out;
    }

    /** The relation by which the token hangs from its first governor ("root" for the root), or "". */
    public String relation(int i) {
        List<Arc> g = governors.get(i);
        return g.isEmpty() ? "" : g.get(0).relation();
    }

    /** The first governor of the token, or -1. */
    public int head(int i) {
        List<Arc> g = governors.get(i);
        return g.isEmpty() ? -1 : g.get(0).governor();
    }

    /** Whether any dependent of the token (directly) has a lemma that satisfies the test. */
    public boolean hasDependent(int i, Predicate<Integer> test, String... relations) {
        for (int d : dependents(i, relations)) {
            if (test.test(d)) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of the subtree under the token along basic relations (no enhanced extra arcs), sorted. */
    public List<Integer> subtree(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out, 0);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int i, List<Integer> out, int depth) {
        if (out.contains(i) || depth > 40) {
            return;
        }
        out.add(i);
        for (Arc a : dependents.get(i)) {
            // enhanced++ adds arcs that make the graph cyclic or share dependents; follow each token once
            if (!a.relation().equals("ref") && !out.contains(a.dependent())) {
                collect(a.dependent(), out, depth + 1);
            }
        }
    }
}
