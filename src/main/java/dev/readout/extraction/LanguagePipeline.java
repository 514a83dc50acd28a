package dev.readout.extraction;

import edu.stanford.nlp.ling.CoreAnnotations;
import dev.readout.lexicon.SpeechVerbs;
import dev.readout.lexicon.Triggers;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Owns the Stanford CoreNLP pipeline. Loading the models takes seconds and gigabytes, so there is one pipeline per
 * JVM ({@link #shared()}), loaded on first use; {@link StanfordCoreNLP#annotate} is thread-safe, so both cores can
 * share it.
 */
public final class LanguagePipeline {

    private static final Logger log = LoggerFactory.getLogger(LanguagePipeline.class);
    private static volatile LanguagePipeline shared;

    /**
     * Changes when the analysis of the same text may change: bumped by hand for annotators and options, and with the
     * trigger lexicon, which decides the sentences that are parsed.
     */
    public static final String VERSION = "10-" + Triggers.shared().fingerprint();

    /** Longest sentence, in tokens, that NER reads (the corpus's longest is well under half of this). */
    static final int MAX_NER_TOKENS = 250;
    /** Longest sentence, in tokens, that the POS tagger reads. */
    static final int MAX_POS_TOKENS = 500;

    /** Longest sentence, in tokens, that the dependency parser reads: longer ones are lists or page furniture. */
    static final int MAX_PARSE_TOKENS = 120;

    private final StanfordCoreNLP pipeline;
    private final DependencyParser parser;
    private final long loadMillis;

    private LanguagePipeline(Properties props) {
        long t0 = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(props);
        this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
        log.info("Language models loaded in {} ms", loadMillis);
    }

    /** The one pipeline of this JVM, loaded on the first call. */
    public static LanguagePipeline shared() {
        LanguagePipeline p = shared;
        if (p == null) {
            synchronized (LanguagePipeline.class) {
                p = shared;
                if (p == null) {
                    shared = p = new LanguagePipeline(defaultProperties());
                }
            }
        }
        return p;
    }

    /** True once the models are in memory (for readiness checks). */
    public static boolean isLoaded() {
        return shared != null;
    }

    /**
     * Tokens, sentences, POS, lemmas and coarse NER. Fine-grained NER (TITLE, COUNTRY, NATIONALITY) is three quarters
     * of the cost, so titles and countries come from Readout's own gazetteer instead. SUTime is off: it took over half
     * of what remained (158 → 73 ms of CPU an article), and days are resolved by Readout's own
     * {@link dev.readout.extraction.date.DateResolver} for calls and statements alike; NER still tags date words
     * DATE/TIME, so they are never read as names.
     */
    static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        // paragraphs end sentences: news text often drops the final full stop before a line break
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // Hostile or broken input (random bytes, a page with no full stops) makes sentences of thousands of tokens,
        // and SUTime's TokensRegex backtracking over one of those runs for minutes. News sentences stay far below
        // these bounds; longer ones are tagged O and simply yield no names or dates.
        props.setProperty("ner.maxlen", String.valueOf(MAX_NER_TOKENS));
        props.setProperty("pos.maxlen", String.valueOf(MAX_POS_TOKENS));
        return props;
    }

    /**
     * The neural dependency parser's graph of one sentence chosen by {@link #worthParsing} (it costs more than
     * tokenising, tagging and NER together, so it reads only sentences that may report a call): enhanced++ Universal
     * Dependencies, the one graph Readout reads. CoreNLP's {@code depparse} annotator runs the same parser (same model,
     * same default options) but then converts its parse into five graphs (basic, collapsed, CC-processed, enhanced,
     * enhanced++), and the four unused conversions took about a tenth of the parse's time. The enhanced++ graph is the
     * same either way, except that the copy nodes of ellipsis ("result-31'") are numbered after the copies the earlier
     * conversions made; {@link #arcs} keeps token indices only, so the analysis does not change.
     */
    static SemanticGraph enhancedPlusPlus(DependencyParser parser, CoreMap sentence) {
        GrammaticalStructure parse = parser.predict(sentence);
        return SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
    }

    /** A sentence holding a trigger word of the lexicon (by lemma), short enough to parse well. */
    static boolean worthParsing(List<CoreLabel> tokens) {
        if (tokens.size() > MAX_PARSE_TOKENS) {
            return false;
        }
        Triggers triggers = Triggers.shared();
        for (CoreLabel t : tokens) {
            if (triggers.mayTrigger(t.lemma()) || triggers.mayTrigger(t.word())) {
                return true;
            }
        }
        return false;
    }

    /** How many sentences from the top may be the article's lead. */
    public static final int LEAD_SENTENCES = 3;

    /**
     * A lead that may give the article's news day ("X said Friday he agreed with Y ..."): a verb of speech and a day,
     * short enough to parse well. The extraction reads the day from the parse when a contact told next has none.
     */
    static boolean datedSpeech(List<CoreLabel> tokens) {
        if (tokens.size() > MAX_PARSE_TOKENS) {
            return false;
        }
        boolean speech = false, day = false;
        for (CoreLabel t : tokens) {
            speech |= t.tag() != null && t.tag().startsWith("VB") && SpeechVerbs.shared().isSpeech(t.lemma());
            day |= "DATE".equals(t.ner());
        }
        return speech && day;
    }

    public long loadMillis() {
        return loadMillis;
    }

    /**
     * How many analyses to keep in memory by text and date ({@code readout.analysis-memo}; 0, the default, keeps none).
     * The service analyses each article once and keeps nothing; the test suite sets it because several corpus tests
     * ingest the same real articles in one JVM, and the analysis (CoreNLP) is most of their time.
     */
    private static final int MEMO_SIZE = Integer.getInteger("readout.analysis-memo", 0);

    private final Map<String, AnalyzedText> memo = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, AnalyzedText> eldest) {
                    return size() > MEMO_SIZE;
                }
            });

    /** Annotates the text; relative dates resolve against {@code publishedOn} when it is known. */
    public AnalyzedText analyze(String text, LocalDate publishedOn) {
        if (MEMO_SIZE <= 0) {
            return annotate(text, publishedOn);
        }
        String key = publishedOn + "\n" + text;
        AnalyzedText known = memo.get(key);
        if (known != null) {
            return known;
        }
        AnalyzedText a = annotate(text, publishedOn);
        memo.put(key, a);
        return a;
    }

    private AnalyzedText annotate(String text, LocalDate publishedOn) {
        SentenceRepair glue = SentenceRepair.of(text);
        Annotation doc = new Annotation(glue.text());
        if (publishedOn != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, publishedOn.toString());
        }
        pipeline.annotate(doc);
        List<AnalyzedText.Sentence> sentences = new ArrayList<>();
        List<AnalyzedText.Entity> entities = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> toParse = new ArrayList<>();
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (worthParsing(tokens) || i < LEAD_SENTENCES && datedSpeech(tokens)) {
                toParse.add(s);
            }
        }
        if (!toParse.isEmpty()) {
            for (CoreMap s : toParse) {
                nameTags(s.get(CoreAnnotations.TokensAnnotation.class));
                s.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, enhancedPlusPlus(parser, s));
            }
        }
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            List<AnalyzedText.Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new AnalyzedText.Token(t.originalText(), glue.original(t.beginPosition()), glue.original(t.endPosition()), t.tag(),
                        t.lemma(), t.ner() == null ? "O" : t.ner(),
                        t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            }
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            sentences.add(new AnalyzedText.Sentence(i,
                    glue.original(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)),
                    glue.original(s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), tokens, arcs(graph), graph != null));
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    int start = glue.original(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
                    int end = glue.original(m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                    entities.add(new AnalyzedText.Entity(text.substring(start, end),
                            m.get(CoreAnnotations.NamedEntityTagAnnotation.class), start, end, i,
                            m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
                }
            }
        }
        return new AnalyzedText(text, publishedOn, sentences, entities);
    }

    /**
     * Inside a person's name, a word the tagger took for a function word is part of the name: the tokenizer splits
     * "Moon Jae-in" into "Moon Jae - in" and tags "in" a preposition, and the parser then reads "in met with" as a
     * phrase. Such a word, within a run NER tags PERSON and after its first word, is tagged a proper noun before parsing.
     */
    static void nameTags(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            CoreLabel prev = tokens.get(i - 1);
            if ("PERSON".equals(t.ner()) && "PERSON".equals(prev.ner()) && t.tag() != null && !t.tag().startsWith("NN")
                    && !t.tag().equals("HYPH") && !t.tag().equals("POS") && t.word().chars().allMatch(Character::isLetter)) {
                t.setTag("NNP");
            } else if (i >= 2 && i + 1 < tokens.size() && "PERSON".equals(prev.ner()) && "PERSON".equals(tokens.get(i - 2).ner())
                    && t.tag() != null && !t.tag().startsWith("NN") && t.word().length() <= 3
                    && Character.isUpperCase(t.word().charAt(0)) && t.word().chars().allMatch(Character::isLetter)
                    && !Character.isUpperCase(tokens.get(i + 1).word().charAt(0))) {
                // "Moon Jae In and Kim ...": the last syllable of a name written without hyphens, which NER leaves
                // out and the tagger reads as a preposition; capitalised mid-sentence and followed by a word in lower
                // case (not a headline's "Putin In Talks"), it is the name's
                t.setTag("NNP");
            }
        }
    }

    /** The graph's arcs with 0-based token indices (CoreNLP's are 1-based); the root arc has governor -1. */
    private static List<AnalyzedText.Arc> arcs(SemanticGraph graph) {
        List<AnalyzedText.Arc> out = new ArrayList<>();
        if (graph == null) {
            return out;
        }
        for (IndexedWord root : graph.getRoots()) {
            out.add(new AnalyzedText.Arc(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            out.add(new AnalyzedText.Arc(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        return out;
    }
}
