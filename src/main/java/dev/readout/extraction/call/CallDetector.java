package dev.readout.extraction.call;

import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.extraction.Evidence;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.date.DateResolver;
import dev.readout.extraction.date.DateResolver.DateMention;
import dev.readout.extraction.people.ArticlePeople;
import dev.readout.extraction.people.ArticlePeople.Kind;
import dev.readout.extraction.people.ArticlePeople.Mention;
import dev.readout.extraction.people.ArticlePeople.Party;
import dev.readout.participant.ParticipantKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the calls and meetings an article reports. Token, part-of-speech and people-index patterns, no parser:
 * a trigger (a verb such as "spoke", "met", "called", "dialled" or a noun such as "call", "talks", "meeting",
 * "videoconference") with its medium; the parties from the clause around it (the subject, conjoined subjects,
 * "with"/"to"/"between" objects, direct objects, possessors, lists after a colon, group references such as "the two
 * leaders"); its status (held, attempted, planned) from the words before it; its date from the nearest date
 * expression of its own clause. Mentions of the same event are merged into one call with several pieces of evidence,
 * unless the text marks a new event ("again", "another", "days after", a different day, place or medium).
 * One instance per article; not shared between threads.
 */
public final class CallDetector {

    /** One side of a call: a resolved party or an unresolved role ("?Russian counterpart"). */
    record Side(String key, ExtractedParticipant participant, String country, boolean international) {
    }

    private enum TriggerType { SPEAK, DIRECT, NOUN, DISCUSS }

    private record Trigger(int token, int end, TriggerType type, CallMedium medium, String word) {
    }

    /** A call mention read from one clause, before merging. */
    private static final class Candidate {
        int sentence;
        Trigger trigger;
        List<Side> sides = new ArrayList<>();
        CallMedium medium;
        CallStatus status = CallStatus.HELD;
        DateMention date;
        String place;
        boolean distinct;
        boolean noDate;
        boolean denied;
    }

    /** A merged call. */
    private static final class Call {
        final List<Side> sides = new ArrayList<>();
        CallMedium medium;
        CallStatus status;
        DateMention date;
        String place;
        final List<Integer> sentences = new ArrayList<>();
        int lastSentence;
        int touched;
        boolean denied;
    }

    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "announce", "report", "add", "tweet", "write",
            "confirm", "state", "note", "acknowledge", "claim", "describe", "insist", "warn", "explain", "remark",
            "reveal", "declare", "quote", "cite", "brief", "assess");
    private static final Set<String> AUX = Set.of("be", "have", "do", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll");
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "while", "when", "since", "as", "because",
            "although", "though", "if", "until", "once", "whereas", "amid");
    private static final Set<String> BOUNDARY = Set.of(".", ";", "?", "!", ":", "that", "who", "which", "whom", "whose",
            "“", "”", "\"", "—", "–", "but", "while", "whereas", "amid", "because", "although", "where", "when");
    private static final Set<String> PHONE_WORDS = Set.of("phone", "telephone", "telephonic", "telephonically",
            "phonecall", "teleconference", "telecon", "phoned", "dialled", "dialed");
    private static final Set<String> VIDEO_WORDS = Set.of("video", "videoconference", "video-conference", "video-link",
            "videolink", "virtual", "virtually", "videocall", "video-call", "zoom");
    private static final Set<String> ATTEMPT = Set.of("tried", "try", "trying", "tries", "attempted", "attempt",
            "attempts", "attempting", "sought", "seeking", "declined", "refused", "refuse", "declining", "unsuccessful");
    private static final Set<String> PLAN = Set.of("will", "'ll", "’ll", "shall", "scheduled", "expected", "due", "plans",
            "planned", "planning", "plan", "set", "going", "intends", "intend", "arranged", "slated", "tomorrow");
    private static final Set<String> VAGUE = Set.of("willing", "ready", "hope", "hopes", "hoped", "hoping", "want",
            "wants", "wanted", "like", "forward", "prepared", "open", "possible", "possibility", "invited", "invite",
            "offered", "offer", "proposed", "propose", "suggested", "could", "might", "may");
    private static final Set<String> MOTION = Set.of("flew", "traveled", "travelled", "went", "came", "arrived",
            "headed", "journeyed", "visited", "returned", "drove");
    private static final Set<String> LIGHT_NOUN_VERBS = Set.of("hold", "have", "conduct", "begin", "start", "host", "receive", "get",
            "join", "request", "ask", "seek", "accept", "schedule", "plan", "arrange", "set", "take", "make", "be",
            "end", "wrap", "conclude", "finish", "participate", "attend", "convene");
    private static final Set<String> NOT_PARTNERS = Set.of("reporters", "journalists", "media", "press", "lawmakers",
            "congress", "senators", "audience", "nation", "people", "public", "students", "supporters", "crowd",
            "members", "staff", "troops", "soldiers", "workers", "voters", "viewers", "parliament");
    private static final Set<String> EXCLUDED_MEETING_MODIFIERS = Set.of("cabinet", "board", "committee", "party",
            "staff", "team", "town", "shareholder", "shareholders", "press", "council", "security", "emergency",
            "general", "annual", "plenary", "ministerial", "summit", "g7", "g20", "nato");
    private static final Set<String> GROUP_NOUNS = Set.of("leaders", "counterparts", "officials", "ministers",
            "presidents", "heads", "allies", "partners", "colleagues", "premiers", "chiefs");

    private static final boolean DEBUG = Boolean.getBoolean("readout.debug");

    private final ArticlePeople people;
    private final AnalyzedText text;
    private final DateResolver dates;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<Candidate> oneSided = new ArrayList<>();
    private int clock;

    public CallDetector(ArticlePeople people) {
        this.people = people;
        this.text = people.text();
        this.dates = new DateResolver(text.text(), text.publishedOn());
    }

    // ------------------------------------------------------------------------------------------------ per sentence view

    private Sentence sent;
    private List<Token> toks;
    private String[] lw;
    private String[] lemma;
    private String[] pos;
    private Mention[] mentionAt;
    private List<Mention> ms;
    private List<Trigger> sentenceTriggers;
    private final List<List<Trigger>> triggersBySentence = new ArrayList<>();
    private boolean attemptSentence;
    private Side quotedSpeaker;

    private void load(int si) {
        sent = text.sentences().get(si);
        toks = sent.tokens();
        int n = toks.size();
        lw = new String[n];
        lemma = new String[n];
        pos = new String[n];
        mentionAt = new Mention[n];
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            lw[i] = t.word().toLowerCase(Locale.ROOT).replace('’', '\'');
            lemma[i] = t.lemma() == null ? lw[i] : t.lemma().toLowerCase(Locale.ROOT);
            pos[i] = t.pos() == null ? "" : t.pos();
        }
        ms = people.mentions(si);
        for (Mention m : ms) {
            for (int i = m.from(); i < m.to(); i++) {
                if (mentionAt[i] == null) {
                    mentionAt[i] = m;
                }
            }
        }
    }

    private boolean isVerb(int i) {
        return pos[i].startsWith("VB");
    }

    private boolean isAux(int i) {
        return (pos[i].startsWith("VB") || pos[i].equals("MD")) && AUX.contains(lemma[i]) || pos[i].equals("MD");
    }

    private static final Set<String> ADVERB_WORDS = Set.of("also", "again", "not", "n't", "individually", "separately",
            "last", "first", "finally", "previously", "recently", "already", "earlier", "later", "reportedly", "personally",
            "directly", "briefly", "subsequently", "then", "just", "only", "once");

    private boolean isAdverbial(int i) {
        return pos[i].startsWith("RB") || ADVERB_WORDS.contains(lw[i]) && !pos[i].startsWith("NN") || lw[i].equals("also") || lw[i].equals("again") || lw[i].equals("not")
                || lw[i].equals("n't") || lw[i].equals("individually") || lw[i].equals("separately");
    }

    private boolean isTemporal(int i) {
        String ner = toks.get(i).ner();
        return "DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner) || "SET".equals(ner);
    }

    // ------------------------------------------------------------------------------------------------ detection

    /** Reads the whole article. */
    public List<ExtractedCall> detect() {
        for (Sentence s : text.sentences()) {
            load(s.index());
            List<Trigger> ts = new ArrayList<>();
            for (int i = 0; i < toks.size(); i++) {
                Trigger t = trigger(i);
                if (t != null) {
                    ts.add(t);
                    i = t.end() - 1;
                }
            }
            triggersBySentence.add(ts);
        }
        // headlines (lines without closing punctuation: a title, live-blog entry heads, "Key events") summarise calls the
        // body tells with its day, place and medium; they are read last and join the call they summarise
        List<Sentence> order = new ArrayList<>();
        List<Sentence> heads = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            (headline(s) ? heads : order).add(s);
        }
        order.addAll(heads);
        for (Sentence s : order) {
            load(s.index());
            readingHeadline = headline(s);
            sentenceTriggers = triggersBySentence.get(s.index());
            for (Trigger t : sentenceTriggers) {
                quotedSpeaker = null;
                if (people.inQuote(toks.get(t.token()).start()) && !quotedThirdPerson(t)) {
                    // "I just spoke with President X," Y tweeted: Y's own call
                    quotedSpeaker = firstPersonSpeaker(t);
                    if (quotedSpeaker == null) {
                        continue;
                    }
                }
                readTrigger(s.index(), t);
            }
        }
        for (Candidate c : oneSided) {
            attachOneSided(c);
        }
        for (Joiner j : joiners) {
            addJoiner(j);
        }
        absorbTitleSubsets();
        // report order: where each event is told, a headline or lead summary aside
        List<Call> ordered = new ArrayList<>(calls);
        ordered.sort(java.util.Comparator.comparingInt(CallDetector::reportPosition));
        List<ExtractedCall> out = new ArrayList<>();
        for (Call c : ordered) {
            if (c.denied) {
                continue; // "the Kremlin denied a report that X had called Y": the article does not assert it
            }
            out.add(toExtracted(c));
        }
        return out;
    }

    private boolean readingHeadline;

    /** Someone who joined a call told by another clause: "in a call that X also joined", "X also joined the call". */
    private record Joiner(int sentence, Side side, boolean sameSentence) {
    }

    private final List<Joiner> joiners = new ArrayList<>();

    /** "a call that X (also) joined / attended / took part in": X is one more participant of that call. */
    private void noteJoiner(int si, int i) {
        if (i + 2 >= toks.size() || !(lw[i + 1].equals("that") || lw[i + 1].equals("which"))) {
            return;
        }
        Mention m = null;
        for (int k = i + 2; k < toks.size() && k < i + 8; k++) {
            if (mentionAt[k] != null) {
                m = mentionAt[k];
                break;
            }
            if (!(pos[k].equals("DT") || pos[k].startsWith("JJ") || pos[k].startsWith("NN"))) {
                return; // "billionaire Elon Musk": descriptors only before the name
            }
        }
        if (m == null || !(m.kind() == Kind.NAME || m.kind() == Kind.ROLE)) {
            return;
        }
        int k = m.to();
        while (k < toks.size() && (isAdverbial(k) || isAux(k))) {
            k++;
        }
        if (k < toks.size() && isVerb(k) && (lemma[k].equals("join") || lemma[k].equals("attend") || lemma[k].equals("take"))) {
            for (Side x : sidesOf(m, null, si)) {
                joiners.add(new Joiner(si, x, true));
            }
        }
    }

    /**
     * "Participating in the call on the Brazilian side were X, Y and Z", "Also taking part in the meeting were X and Y":
     * the people listed after "were" joined the call just told.
     */
    private boolean listedJoiners(int si, int i) {
        if (i < 3 || !(lw[i - 1].equals("the") || lw[i - 1].equals("that")) || !lw[i - 2].equals("in")
                || !(lw[i - 3].equals("participating") || lw[i - 3].equals("part") && i >= 4 && lw[i - 4].equals("taking"))) {
            return false;
        }
        int were = -1;
        for (int k = i + 1; k < toks.size() && k < i + 10; k++) {
            if (lw[k].equals("were") || lw[k].equals("was")) {
                were = k;
                break;
            }
        }
        if (were < 0) {
            return false;
        }
        List<Side> listed = new ArrayList<>();
        for (int k = were + 1; k < toks.size(); k++) {
            Mention m = mentionAt[k];
            if (m != null && m.kind() == Kind.NAME && (listed.isEmpty() || m.from() == k)) {
                for (Side x : sidesOf(m, null, si)) {
                    if (listed.stream().noneMatch(y -> y.key().equals(x.key()))) {
                        listed.add(x);
                    }
                }
                k = Math.max(k, m.to() - 1);
            } else if (BOUNDARY.contains(lw[k])) {
                break;
            }
        }
        for (Side x : listed) {
            joiners.add(new Joiner(si, x, false));
        }
        return !listed.isEmpty();
    }

    /** "X also joined the call", "X attended the meeting": a definite call noun after a joining verb. */
    private boolean joinsTheCall(int i) {
        int k = i - 1;
        while (k >= 0 && (pos[k].startsWith("JJ") || pos[k].startsWith("NN") && mentionAt[k] == null)) {
            k--;
        }
        return k >= 1 && (lw[k].equals("the") || lw[k].equals("that") || lw[k].equals("their")) && isVerb(k - 1)
                && (lemma[k - 1].equals("join") || lemma[k - 1].equals("attend"));
    }

    /**
     * "Macron and Scholz urge Putin to agree ceasefire in call" (a title) names two of the three people of the call
     * the body tells: a call told only in the title or headlines whose sides are part of another's is that call.
     */
    private void absorbTitleSubsets() {
        for (java.util.Iterator<Call> it = calls.iterator(); it.hasNext(); ) {
            Call a = it.next();
            if (!a.sentences.stream().allMatch(si -> si == 0 || headline(text.sentences().get(si)))) {
                continue;
            }
            Set<String> ak = keys(a.sides);
            for (Call b : calls) {
                if (b != a && b.status == a.status && b.sides.size() > a.sides.size() && keys(b.sides).containsAll(ak)
                        && compatibleMedium(a.medium, b.medium) && (a.date == null || b.date == null
                        || Objects.equals(dates.sameDayKey(a.date, false), dates.sameDayKey(b.date, false)))) {
                    for (int si : a.sentences) {
                        addSentence(b, si);
                    }
                    it.remove();
                    break;
                }
            }
        }
    }

    private void addJoiner(Joiner j) {
        Call call = null;
        for (Call x : calls) {
            boolean fits = j.sameSentence() ? x.sentences.contains(j.sentence())
                    : x.status == CallStatus.HELD && x.lastSentence >= j.sentence() - 6 && x.lastSentence <= j.sentence();
            if (fits && (call == null || x.touched > call.touched)) {
                call = x;
            }
        }
        if (call == null || call.sides.stream().anyMatch(x -> x.key().equals(j.side().key()))) {
            return;
        }
        if (DEBUG) {
            System.err.println("   JOINER " + j.side().participant().name() + " -> #" + calls.indexOf(call));
        }
        call.sides.add(j.side());
        addSentence(call, j.sentence());
    }

    /** A line of its own without closing punctuation, after a first line (the title is read with the body). */
    private boolean headline(Sentence s) {
        String all = text.text();
        String t = all.substring(s.start(), s.end()).strip();
        if (t.isEmpty() || s.index() == 0 || ".!?\"”’'):;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        boolean lineStart = s.start() == 0 || all.lastIndexOf('\n', s.start() - 1) >= 0
                && all.substring(all.lastIndexOf('\n', s.start() - 1) + 1, s.start()).isBlank();
        int nl = all.indexOf('\n', s.end());
        boolean lineEnd = nl < 0 ? all.substring(s.end()).isBlank() : all.substring(s.end(), nl).isBlank();
        return lineStart && lineEnd;
    }

    /** The named speaker of a first-person quotation ("I spoke with X," Y said / Y tweeted: "I spoke with X"), or null. */
    private Side firstPersonSpeaker(Trigger t) {
        int i = t.token();
        boolean first = false;
        for (int j = i - 1; j >= 0 && j >= i - 7; j--) {
            if (lw[j].equals("i")) {
                first = true;
                break;
            }
        }
        if (!first) {
            return null;
        }
        int n = toks.size();
        // after the closing quotation mark: ", Y said" or ", said Y"
        int q = i + 1;
        while (q < n && people.inQuote(toks.get(q).start())) {
            q++;
        }
        for (int k = q; k < n && k < q + 5; k++) {
            Mention m = mentionAt[k];
            if (m != null && (m.kind() == Kind.NAME || m.kind() == Kind.ROLE)) {
                int after = m.to();
                boolean speech = after < n && isVerb(after) && SPEECH_VERBS.contains(lemma[after])
                        || k > 0 && isVerb(k - 1) && SPEECH_VERBS.contains(lemma[k - 1]);
                if (speech) {
                    List<Side> sd = sidesOf(m, null, sent.index());
                    return sd.isEmpty() ? null : sd.get(0);
                }
                return null;
            }
        }
        return null;
    }

    private boolean quotedThirdPerson(Trigger t) {
        // a readout quoted in full ("Secretary Blinken spoke today with ...") still reports a call; first-person words do not
        for (int j = t.token() - 1; j >= 0 && j >= t.token() - 6; j--) {
            if (lw[j].equals("i") || lw[j].equals("we") || lw[j].equals("my") || lw[j].equals("our") || lw[j].equals("you")) {
                return false;
            }
        }
        return mentionAt[Math.max(0, t.token() - 1)] != null && mentionAt[Math.max(0, t.token() - 1)].kind() == Kind.NAME
                || t.token() >= 2 && mentionAt[t.token() - 2] != null && mentionAt[t.token() - 2].kind() == Kind.NAME;
    }

    private Trigger trigger(int i) {
        String w = lw[i], lem = lemma[i], p = pos[i];
        int n = toks.size();
        if (mentionAt[i] != null && mentionAt[i].kind() == Kind.NAME) {
            return null;
        }
        String next = i + 1 < n ? lw[i + 1] : "";
        String prev = i > 0 ? lw[i - 1] : "";
        if (p.startsWith("VB") && !lem.equals("speak") && !lem.equals("talk")) {
            // "hosted talks between X and Y", "received a call from X": the noun carries the event
            int k = i + 1;
            while (k < n && (pos[k].equals("DT") || pos[k].startsWith("JJ") || PHONE_WORDS.contains(lw[k]) || VIDEO_WORDS.contains(lw[k]))) {
                k++;
            }
            if (k < n && k > i && Set.of("talks", "call", "meeting", "conversation", "videoconference", "teleconference",
                    "consultations", "summit").contains(lw[k]) && !lem.equals("have") && !lem.equals("hold")) {
                if (lem.equals("host") || lem.equals("receive") || lem.equals("call") || lem.equals("meet")) {
                    return null;
                }
            }
        }
        if (p.startsWith("VB")) {
            switch (lem) {
                case "speak", "talk" -> {
                    return new Trigger(i, i + 1, TriggerType.SPEAK, CallMedium.UNKNOWN, w);
                }
                case "meet", "visit" -> {
                    if (passive(i) && !next.equals("by")) {
                        return null; // "would be met with swift consequences"
                    }
                    return new Trigger(i, i + 1, TriggerType.DIRECT, CallMedium.IN_PERSON, w);
                }
                case "call" -> {
                    if ((next.equals("on") || next.equals("upon")) && callsOnPerson(i + 2)) {
                        // "X called on his Russian counterpart Y": a courtesy visit, unless "called on Y to ..."
                        return new Trigger(i, i + 2, TriggerType.DIRECT, CallMedium.IN_PERSON, w);
                    }
                    if (Set.of("on", "for", "upon", "off", "it", "this", "that", "them", "him", "her", "out", "back").contains(next)
                            && !(next.equals("back") || next.equals("him") || next.equals("her")) || prev.equals("so") || prev.equals("-")
                            || passive(i) && !next.equals("by") || w.equals("calling") && next.equals("for")) {
                        return null;
                    }
                    return new Trigger(i, i + 1, TriggerType.DIRECT, CallMedium.PHONE, w);
                }
                case "phone", "telephone", "dial", "ring" -> {
                    if (lem.equals("ring") && !(i + 1 < n && mentionAt[i + 1] != null)) {
                        return null;
                    }
                    return new Trigger(i, i + 1, TriggerType.DIRECT, CallMedium.PHONE, w);
                }
                case "host", "receive" -> {
                    return new Trigger(i, i + 1, TriggerType.DIRECT, CallMedium.IN_PERSON, w);
                }
                case "sit" -> {
                    if (next.equals("down") && i + 2 < n && lw[i + 2].equals("with")) {
                        return new Trigger(i, i + 2, TriggerType.SPEAK, CallMedium.IN_PERSON, w);
                    }
                    return null;
                }
                case "engage", "confer", "consult", "converse" -> {
                    if (next.equals("with")) {
                        return new Trigger(i, i + 1, TriggerType.SPEAK, CallMedium.UNKNOWN, w);
                    }
                    return null;
                }
                case "reach" -> {
                    if (next.equals("out")) {
                        return new Trigger(i, i + 2, TriggerType.SPEAK, CallMedium.UNKNOWN, w);
                    }
                    return new Trigger(i, i + 1, TriggerType.DIRECT, CallMedium.UNKNOWN, w);
                }
                case "discuss" -> {
                    return new Trigger(i, i + 1, TriggerType.DISCUSS, CallMedium.UNKNOWN, w);
                }
                default -> {
                    return null;
                }
            }
        }
        if (p.startsWith("NN") || p.startsWith("JJ") && w.equals("talks")) {
            switch (w) {
                case "call", "phonecall", "telecall" -> {
                    if (Set.of("press", "conference", "roll", "close", "judgment", "judgement", "wake-up", "curtain", "tough",
                            "public", "renewed", "repeated", "his", "her").contains(prev) && !prev.equals("his") && !prev.equals("her")
                            || next.equals("for") || next.equals("to") && i + 2 < n && lw[i + 2].equals("action")) {
                        return null;
                    }
                    return new Trigger(i, i + 1, TriggerType.NOUN, CallMedium.PHONE, w);
                }
                case "calls" -> {
                    return new Trigger(i, i + 1, TriggerType.NOUN, CallMedium.PHONE, w);
                }
                case "conversation", "talk", "talks", "discussion", "discussions", "consultations", "consultation",
                     "exchange", "dialogue" -> {
                    if (w.equals("exchange") || w.equals("dialogue") || w.startsWith("discussion")) {
                        // only "exchange/discussion with X" counts
                        if (!next.equals("with") && !next.equals("between")) {
                            return null;
                        }
                    }
                    if (prev.equals("peace") || prev.equals("small") || prev.equals("pep")) {
                        return null;
                    }
                    return new Trigger(i, i + 1, TriggerType.NOUN, CallMedium.UNKNOWN, w);
                }
                case "meeting", "summit", "visit" -> {
                    if (EXCLUDED_MEETING_MODIFIERS.contains(prev) && !w.equals("summit")) {
                        return null;
                    }
                    if (w.equals("visit") && !next.equals("with")) {
                        return null;
                    }
                    return new Trigger(i, i + 1, TriggerType.NOUN, CallMedium.IN_PERSON, w);
                }
                case "videoconference", "video-conference", "videocall", "video-call" -> {
                    return new Trigger(i, i + 1, TriggerType.NOUN, CallMedium.VIDEO, w);
                }
                case "teleconference", "telecon" -> {
                    return new Trigger(i, i + 1, TriggerType.NOUN, CallMedium.PHONE, w);
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    /** The noun heads the object of "the sidelines / margins of" ("on the sidelines of the Group of Seven summit"). */
    private boolean sidelinesOf(int i) {
        for (int k = i - 1; k >= 1 && k >= i - 8; k--) {
            if (lw[k].equals("of") && (lw[k - 1].equals("sidelines") || lw[k - 1].equals("margins") || lw[k - 1].equals("margin"))) {
                return true;
            }
            if (pos[k].startsWith("VB") || lw[k].equals(",") || BOUNDARY.contains(lw[k]) || lw[k].equals("with")) {
                return false;
            }
        }
        return false;
    }

    /** The call noun is the subject of "was/were called off, cancelled, postponed, scrapped". */
    private boolean calledOff(int i) {
        int k = i + 1;
        while (k < toks.size() && (isAux(k) || isAdverbial(k) || lemma[k].equals("be") || lemma[k].equals("have"))) {
            k++;
        }
        if (k >= toks.size() || k == i + 1) {
            return false;
        }
        return lw[k].equals("called") && k + 1 < toks.size() && lw[k + 1].equals("off")
                || Set.of("cancelled", "canceled", "postponed", "scrapped", "suspended", "shelved").contains(lw[k]);
    }

    /** A plural call noun modified by "separate" ("separate phone calls", "separate talks"): one call with each partner. */
    private boolean separatePlural(int i) {
        if (!pos[i].equals("NNS") && !lw[i].equals("talks")) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            if (lw[j].equals("separate")) {
                return true;
            }
            if (!(pos[j].startsWith("JJ") || pos[j].startsWith("NN") && mentionAt[j] == null || PHONE_WORDS.contains(lw[j])
                    || VIDEO_WORDS.contains(lw[j]))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The comma at {@code close} ends an apposition ("X, the chairperson of the East African Community, held ..."):
     * a verbless phrase opened by a determiner right after a name and a comma. Returns the last token of that name,
     * else -1.
     */
    private int appositionBefore(int close) {
        for (int k = close - 1; k >= 1 && k >= close - 14; k--) {
            if (pos[k].startsWith("VB") || pos[k].equals("MD") || lw[k].equals("''") || lw[k].equals("``")) {
                return -1;
            }
            if (lw[k].equals(",")) {
                if (k + 1 >= close || !(pos[k + 1].equals("DT") || pos[k + 1].equals("PRP$"))) {
                    return -1;
                }
                Mention m = mentionEndingAt(k - 1);
                return m != null && m.kind() == Kind.NAME ? k - 1 : -1;
            }
        }
        return -1;
    }

    /** A named person follows (after at most a possessive and title words) and is not asked "to" do something. */
    private boolean callsOnPerson(int from) {
        int n = toks.size();
        for (int k = from; k < n && k < from + 8; k++) {
            Mention m = mentionAt[k];
            if (m != null && m.kind() == Kind.NAME) {
                int end = m.to();
                return end >= n || Set.of(".", ",", "and", "in", "at", "on", "during", "ahead", "before", "after", "here",
                        "there", "today", "yesterday", "last", "this").contains(lw[end]);
            }
            if (pos[k].startsWith("VB") || lw[k].equals("to") || lw[k].equals(",") || BOUNDARY.contains(lw[k])) {
                return false;
            }
        }
        return false;
    }

    private boolean passive(int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            if (isAdverbial(j)) {
                continue;
            }
            return Set.of("be", "is", "was", "were", "been", "being", "are").contains(lw[j]) && pos[i].equals("VBN");
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ one trigger

    private void readTrigger(int si, Trigger t) {
        int i = t.token();
        int n = toks.size();
        Candidate c = new Candidate();
        c.sentence = si;
        c.trigger = t;
        c.medium = t.medium();
        // plural nouns are counted or aggregate contacts, except refused calls ("declined to take calls")
        boolean attempted = attemptContext(i);
        attemptSentence = attempted;
        if (DEBUG) {
            System.err.println("  [" + si + "] trigger " + t.word() + " " + t.type());
        }
        if (t.type() == TriggerType.NOUN && sidelinesOf(i)) {
            return; // "on the sidelines of the G7 summit": the venue of another meeting, not a meeting of its own
        }
        // "held separate phone calls with X and Y": one call with each, not an aggregate
        boolean separate = separatePlural(i);
        if (t.word().equals("calls") && !attempted && !separate) {
            if (i > 0 && (lw[i - 1].equals("the") || lw[i - 1].equals("both")) && t.type() == TriggerType.NOUN) {
                pluralAnaphor(si, i); // "The calls took place on Sunday": the day of each call just told
            }
            return;
        }
        if (counted(i)) {
            return;
        }
        List<Side> subject = new ArrayList<>();
        List<Side> objects = new ArrayList<>();
        boolean individually = false;
        boolean group = false;
        switch (t.type()) {
            case SPEAK, DIRECT, DISCUSS -> {
                subject = quotedSpeaker != null ? new ArrayList<>(List.of(quotedSpeaker)) : subjectOf(i, 0);
                Party hint = firstParty(subject);
                int[] objFrom = new int[1];
                objects = objectsAfter(t.end(), t.type() == TriggerType.DIRECT, t.type() == TriggerType.DISCUSS, hint, objFrom);
                if (!objects.isEmpty() && t.type() == TriggerType.SPEAK) {
                    objects.addAll(coordinatedWith(t.end()));
                }
                if (lemma[i].equals("visit") || lemma[i].equals("host") || lemma[i].equals("receive")) {
                    // one visits or hosts people; "visited Moscow" names a place
                    objects.removeIf(o -> o.participant().kind() != ParticipantKind.PERSON);
                }
                individually = windowHas(i, 12, "individually", "separately", "each");
                if ((lemma[i].equals("host") || lemma[i].equals("receive")) && objects.size() > 1 && !individually) {
                    group = true; // "will host X and Y in Vilnius": one meeting of the three
                }
                if (objects.isEmpty()) {
                    List<Side> listed = groupList(si, t.end(), hint);
                    if (!listed.isEmpty()) {
                        objects = listed;
                        group = !individually;
                    }
                }
                if (subject.isEmpty() && !objects.isEmpty()) {
                    // "by talking to X and Y": partners without anyone doing the talking
                    if (objects.size() == 1) {
                        c.sides.addAll(objects);
                        noteOneSided(c, i);
                    }
                    return;
                }
                if (objects.isEmpty() && subject.size() < 2) {
                    // "the two leaders spoke" is two sides already; a lone subject with no partner is no call
                    if (t.type() == TriggerType.SPEAK && subject.size() == 1 && groupSubject(i)) {
                        return;
                    }
                    if (subject.size() == 1 && t.type() != TriggerType.DISCUSS) {
                        c.sides.addAll(subject);
                        noteOneSided(c, i);
                    }
                    return;
                }
            }
            case NOUN -> {
                noteJoiner(si, i);
                if (listedJoiners(si, i)) {
                    return;
                }
                NounParties np = nounParties(i);
                subject = np.subject;
                objects = np.objects;
                if (quotedSpeaker != null && subject.isEmpty()) {
                    subject = new ArrayList<>(List.of(quotedSpeaker));
                }
                group = np.group && !separate;
                individually = separate;
                if (subject.isEmpty() && objects.isEmpty()) {
                    anaphor(si, c, i);
                    return;
                }
                if (subject.isEmpty() && objects.size() == 1 || objects.isEmpty() && subject.size() == 1) {
                    if (objects.isEmpty() && joinsTheCall(i)) {
                        // "X also joined the call": a third participant of the call just told
                        joiners.add(new Joiner(si, subject.get(0), false));
                        return;
                    }
                    c.sides.addAll(subject);
                    c.sides.addAll(objects);
                    noteOneSided(c, i);
                    return;
                }
            }
        }
        c.medium = medium(t, i);
        DateMention notSince = attempted ? null : negatedSince(i);
        if (notSince != null) {
            // "X and Y have not spoken since February 12": the call of that day
            c.status = CallStatus.HELD;
            c.date = notSince;
            c.distinct = true;
            emit(c, subject, objects, individually, group);
            return;
        }
        c.status = status(i, attempted, t);
        if (c.status == null || t.type() == TriggerType.NOUN && calledOff(i)) {
            return; // "before the talks were called off": never held
        }
        c.denied = denied(i);
        c.place = place(i);
        if (c.medium == CallMedium.UNKNOWN && c.place != null && (t.word().equals("talks") || t.word().equals("held"))) {
            c.medium = CallMedium.IN_PERSON;
        }
        if (c.medium == CallMedium.UNKNOWN && windowHas(i, 12, "sidelines", "margins") && !attempted) {
            c.medium = CallMedium.IN_PERSON; // "held talks on the sidelines of the summit": they were there together
        }
        c.distinct = distinct(i);
        c.noDate = inLaterClause(i);
        List<Side> all = new ArrayList<>(subject);
        all.addAll(objects);
        c.date = c.noDate ? null : dateFor(si, i, keys(all));
        if (c.status == CallStatus.PLANNED && c.date == null && c.place == null && !t.word().equals("teleconference")
                && !windowHas(i, 10, "scheduled", "expected", "set", "will", "asked", "requested")) {
            return; // a wish without time or place
        }
        // since-date: "the first time he has spoken with X since February 18" also reports the earlier call
        DateMention since = sinceDate(si, i);
        if (since != null) {
            Candidate earlier = copy(c);
            earlier.date = since;
            earlier.medium = CallMedium.UNKNOWN;
            earlier.distinct = true;
            emit(earlier, subject, objects, individually, group);
            if (c.date == since) {
                c.date = null;
            }
        }
        emit(c, subject, objects, individually, group);
    }

    private Candidate copy(Candidate c) {
        Candidate d = new Candidate();
        d.sentence = c.sentence;
        d.trigger = c.trigger;
        d.medium = c.medium;
        d.status = c.status;
        d.date = c.date;
        d.place = c.place;
        d.distinct = c.distinct;
        d.noDate = c.noDate;
        d.denied = c.denied;
        return d;
    }

    private void emit(Candidate c, List<Side> subject, List<Side> objects, boolean individually, boolean group) {
        List<List<Side>> sets = new ArrayList<>();
        if (objects.isEmpty()) {
            sets.add(new ArrayList<>(subject));
        } else if (subject.size() > 1 && subject.size() == objects.size() && c.status == CallStatus.ATTEMPTED) {
            for (int k = 0; k < subject.size(); k++) {
                sets.add(new ArrayList<>(List.of(subject.get(k), objects.get(k))));
            }
        } else if (group || subject.size() > 1 || subject.isEmpty()) {
            List<Side> all = new ArrayList<>(subject);
            all.addAll(objects);
            sets.add(all);
        } else {
            for (Side o : objects) {
                sets.add(new ArrayList<>(List.of(subject.get(0), o)));
            }
        }
        for (List<Side> s : sets) {
            List<Side> uniq = dedupe(s);
            if (uniq.size() < 2 || !diplomatic(uniq)) {
                continue;
            }
            Candidate one = copy(c);
            one.sides = uniq;
            merge(one);
        }
    }

    private static List<Side> dedupe(List<Side> s) {
        Map<String, Side> m = new LinkedHashMap<>();
        for (Side x : s) {
            m.putIfAbsent(x.key(), x);
        }
        return new ArrayList<>(m.values());
    }

    /**
     * Sides from different states, or one an international organisation. Unknown countries are given the benefit of
     * the doubt: news omits the state of its own country's officials ("Vice President Kamala Harris").
     */
    static boolean diplomatic(List<Side> sides) {
        return diplomaticByCountry(sides);
    }

    static boolean diplomaticByCountry(List<Side> sides) {
        boolean unknown = false;
        Set<String> countries = new java.util.HashSet<>();
        for (Side s : sides) {
            if (s.international()) {
                return true;
            }
            if (s.country() == null) {
                unknown = true;
            } else {
                countries.add(s.country());
            }
        }
        return countries.size() > 1 || unknown;
    }

    private Party firstParty(List<Side> sides) {
        for (Side s : sides) {
            Party p = partyByKey(s.key());
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private Party partyByKey(String key) {
        for (Party p : people.parties()) {
            if (("P" + p.id()).equals(key)) {
                return p;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ sides

    private Side sideOf(Party p) {
        return new Side("P" + p.id(), p.participant(), p.country(), p.international());
    }

    private Side sideOfMention(Mention m) {
        String written = m.text().replaceFirst("(?i)^the\\s+", "").replaceAll("\\s*['’]s?$", "");
        if (m.kind() == Kind.STATE) {
            return new Side("P" + m.party().id(), new ExtractedParticipant(written, ParticipantKind.COUNTRY, null, null,
                    m.country(), List.of()), m.country(), false);
        }
        // an office as this sentence names it ("Pentagon", not the "US Department of Defence" of an earlier line)
        Party p = m.party();
        ExtractedParticipant base = p.participant();
        List<String> aliases = new ArrayList<>(base.aliases());
        if (!base.name().equals(written)) {
            aliases.add(0, base.name());
        }
        aliases.remove(written);
        return new Side("P" + p.id(), new ExtractedParticipant(written, base.kind(), base.title(), base.organization(),
                base.country(), aliases), p.country(), p.international());
    }

    /** The sides a mention stands for; roles that name nobody become "?role" sides. */
    private List<Side> sidesOf(Mention m, Party possessor, int sentence) {
        switch (m.kind()) {
            case NAME -> {
                return List.of(sideOf(m.party()));
            }
            case OFFICE, STATE -> {
                return List.of(sideOfMention(m));
            }
            case PRONOUN -> {
                Party p = people.personBefore(m.start());
                return p == null ? List.of() : List.of(sideOf(p));
            }
            case GROUP -> {
                return resolveGroup(sentence, m);
            }
            case ROLE -> {
                Party p = null;
                if (!m.plural()) {
                    if ("COUNTERPART".equals(m.family())) {
                        String fam = possessor == null ? null : possessor.family();
                        p = people.resolveRole(m.country(), fam, null, m.start(), possessor);
                        if (p == null && m.country() != null) {
                            p = people.resolveRole(m.country(), null, null, m.start(), possessor);
                        }
                    } else {
                        p = people.partyOf(m);
                    }
                }
                if (p != null) {
                    return List.of(sideOf(p));
                }
                if (m.plural() && (m.country() == null || !attemptSentence)) {
                    return List.of(); // "his counterparts from a dozen countries": nobody in particular
                }
                String role = m.text().replaceFirst("(?i)^(the|his|her|its|their|a|an)\\s+", "");
                return List.of(new Side("?" + role.toLowerCase(Locale.ROOT), new ExtractedParticipant("?" + role,
                        ParticipantKind.PERSON, m.title(), null, m.country(), List.of()), m.country(), false));
            }
            default -> {
                return List.of();
            }
        }
    }

    /** "the two leaders", "the pair", "both", "they": the sides of the latest call nearby, else the last two people named. */
    private List<Side> resolveGroup(int si, Mention m) {
        Call latest = null;
        for (Call c : calls) {
            if (c.lastSentence >= si - 3 && c.sides.size() >= 2 && (latest == null || c.touched > latest.touched)) {
                latest = c;
            }
        }
        if (latest != null) {
            return new ArrayList<>(latest.sides);
        }
        List<Side> pair = conjoinedPairBefore(si, m);
        if (!pair.isEmpty()) {
            return pair; // "X and Y agreed ..., as they held a summit"
        }
        if (calls.size() == 1 && calls.get(0).sides.size() >= 2 && calls.get(0).lastSentence >= si - 6) {
            return new ArrayList<>(calls.get(0).sides); // "the two leaders last met ...": the article's one call
        }
        String w = m.text().toLowerCase(Locale.ROOT);
        if (w.equals("they") || w.equals("their")) {
            return List.of();
        }
        List<Party> seen = new ArrayList<>();
        for (int j = si; j >= 0 && j >= si - 2; j--) {
            List<Mention> list = people.mentions(j);
            for (int k = list.size() - 1; k >= 0; k--) {
                Mention x = list.get(k);
                if (j == si && x.start() >= m.start() || x.kind() != Kind.NAME) {
                    continue;
                }
                if (!seen.contains(x.party())) {
                    seen.add(x.party());
                }
                if (seen.size() == 2) {
                    return List.of(sideOf(seen.get(1)), sideOf(seen.get(0)));
                }
            }
        }
        return List.of();
    }

    /** The last "X and Y" of two named people in this sentence before m, or in the one before. */
    private List<Side> conjoinedPairBefore(int si, Mention m) {
        for (int j = si; j >= 0 && j >= si - 1; j--) {
            List<Mention> list = people.mentions(j);
            for (int k = list.size() - 1; k >= 1; k--) {
                Mention b = list.get(k);
                Mention a = list.get(k - 1);
                if (j == si && b.start() >= m.start() || a.kind() != Kind.NAME || b.kind() != Kind.NAME || a.party() == b.party()) {
                    continue;
                }
                int cs = people.contextStart(b);
                List<Token> ts = text.sentences().get(j).tokens();
                if (cs - 1 == a.to() && ts.get(a.to()).word().equalsIgnoreCase("and")) {
                    return List.of(sideOf(a.party()), sideOf(b.party()));
                }
            }
        }
        return List.of();
    }

    private boolean groupSubject(int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            if (mentionAt[j] != null) {
                return mentionAt[j].kind() == Kind.GROUP;
            }
        }
        return false;
    }

    private Mention mentionEndingAt(int j) {
        Mention best = null;
        for (Mention m : ms) {
            if (m.to() - 1 == j && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return best;
    }

    private Mention mentionStartingAt(int j) {
        for (Mention m : ms) {
            if (m.from() == j) {
                return m;
            }
        }
        return null;
    }

    /** Mentions sharing a token (two names glued by a hyphen: "Biden-Putin"). */
    private List<Mention> mentionsAtToken(int j) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            if (m.from() <= j && j < m.to()) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The subject side(s) of the verb or noun at v: scanning left over adverbs, auxiliaries, dates and prepositional
     * phrases; through "and" and "to" to the verb they continue; stopping at clause boundaries and speech verbs.
     */
    private List<Side> subjectOf(int v, int depth) {
        if (depth > 4) {
            return new ArrayList<>();
        }
        int j = v - 1;
        while (j >= 0) {
            Mention m = mentionEndingAt(j);
            if (m == null && mentionAt[j] != null && mentionAt[j].kind() == Kind.NAME) {
                m = mentionAt[j];
            }
            if (m != null) {
                int cs = people.contextStart(m);
                int before = cs - 1;
                boolean objectLike = before >= 0 && (pos[before].equals("IN") || pos[before].equals("TO"))
                        && !SUBORDINATORS.contains(lw[before]) && !lw[before].equals("that")
                        || before >= 0 && isVerb(before) && !isAux(before) && m.kind() != Kind.GROUP
                        && !SPEECH_VERBS.contains(lemma[before]);
                if (objectLike && isVerb(before) && SEND_VERBS.contains(lemma[before]) && v > 0 && lw[v - 1].equals("to")
                        && onlyToPlace(m.to(), v - 1)) {
                    // "the U.S. sent its top diplomat to sit down with X": the envoy is the side, not the sender
                    return envoy(m, before, depth);
                }
                if (objectLike) {
                    j = before - 1;
                    if (lw[before].equals("with") || lw[before].equals("to") || lw[before].equals("from")) {
                        continue;
                    }
                    continue;
                }
                if (m.kind() == Kind.STATE && toks.get(m.to() - 1).end() < toks.size() && m.to() < toks.size()
                        && pos[m.to()].startsWith("NN") && !GROUP_NOUNS.contains(lw[m.to()]) && !lw[m.to()].equals("officials")) {
                    // "Russian forces", "US intelligence": a state word modifying another noun is not the subject
                    return new ArrayList<>();
                }
                List<Side> out = new ArrayList<>(sidesOf(m, null, sent.index()));
                // conjoined subjects: "X and Y", "X, Y and Z" (never "..., in Moscow, X spoke")
                int k = cs - 1;
                boolean andSeen = false;
                while (k >= 1 && (lw[k].equals("and") || lw[k].equals(",") && andSeen)) {
                    andSeen |= lw[k].equals("and");
                    Mention m2 = mentionEndingAt(k - 1);
                    if (m2 == null || m2.kind() == Kind.PRONOUN || m2.kind() == Kind.GROUP
                            || (m2.kind() == Kind.STATE) != (m.kind() == Kind.STATE)) {
                        break;
                    }
                    int b2 = people.contextStart(m2) - 1;
                    if (b2 >= 0 && ((pos[b2].equals("IN") || pos[b2].equals("TO")) && !SUBORDINATORS.contains(lw[b2])
                            && !lw[b2].equals("that") || isVerb(b2) && !isAux(b2) && !SPEECH_VERBS.contains(lemma[b2]))) {
                        break;
                    }
                    out.addAll(0, sidesOf(m2, null, sent.index()));
                    k = b2;
                }
                if (DEBUG) {
                    System.err.println("      subject of " + lw[v] + ": " + out.stream().map(x -> x.participant().name()).toList());
                }
                return out;
            }
            String w = lw[j];
            if (w.equals("who") && j >= 2 && lw[j - 1].equals(",")) {
                Mention rel = mentionEndingAt(j - 2);
                if (rel != null && rel.kind() == Kind.NAME) {
                    // "X, who met Y in London on Sunday, told ...": the relative pronoun stands for the name before it
                    return new ArrayList<>(sidesOf(rel, null, sent.index()));
                }
            }
            if (BOUNDARY.contains(w) && !(w.equals("that") && j + 1 < v && mentionAt[j + 1] == null)) {
                break;
            }
            if (w.equals(")") || w.equals("-rrb-")) {
                int k = j - 1;
                while (k >= 0 && !lw[k].equals("(") && !lw[k].equals("-lrb-") && j - k < 6) {
                    k--;
                }
                if (k >= 0 && (lw[k].equals("(") || lw[k].equals("-lrb-"))) {
                    j = k - 1;
                    continue;
                }
            }
            if (w.equals(",")) {
                int a = appositionBefore(j);
                if (a >= 0) {
                    j = a; // "X, the AU mediator for the conflict, dialled Y": the name before the apposition
                    continue;
                }
            }
            if (isAdverbial(j) || isAux(j) || isTemporal(j) || pos[j].equals("CD") || w.equals(",") || w.equals("(")
                    || w.equals(")") || w.equals("-") || pos[j].equals("DT") || pos[j].equals("PDT")) {
                j--;
                continue;
            }
            if (pos[j].equals("IN") || pos[j].equals("TO")) {
                if (SUBORDINATORS.contains(w) && isGerundOrInfinitiveTrigger(v)) {
                    int mv = verbLeftOf(j);
                    if (mv >= 0) {
                        return subjectOf(mv, depth + 1);
                    }
                    // fronted "After talking with X, Y said": the subject comes after the comma
                    return subjectAfterComma(v);
                }
                if (SUBORDINATORS.contains(w) && !w.equals("as") && !w.equals("since")) {
                    break;
                }
                j--;
                continue;
            }
            if (w.equals("and") || w.equals("or")) {
                j--;
                continue;
            }
            if (pos[j].startsWith("JJ") && j + 1 < v && lw[j + 1].equals("to") && j > 0 && lemma[j - 1].equals("be")) {
                j--; // "X and Y are due to meet", "X is likely to call": the subject of "be"
                continue;
            }
            if (pos[j].startsWith("VB")) {
                if (SPEECH_VERBS.contains(lemma[j])) {
                    break;
                }
                return subjectOf(j, depth + 1);
            }
            if (pos[j].startsWith("NN") || pos[j].startsWith("JJ") || pos[j].equals("POS") || pos[j].equals("PRP$")) {
                // "X's first engagement", "Pentagon officials": a possessor or an office before a plain noun
                for (int k = j; k >= 0 && k >= j - 4; k--) {
                    if (pos[k].equals("POS") && k > 0) {
                        Mention pm = mentionEndingAt(k - 1);
                        if (pm != null) {
                            return new ArrayList<>(sidesOf(pm, null, sent.index()));
                        }
                    }
                    if (pos[k].equals("PRP$") && (lw[k].equals("his") || lw[k].equals("her"))) {
                        Party p = people.personBefore(toks.get(k).start());
                        return p == null ? new ArrayList<>() : new ArrayList<>(List.of(sideOf(p)));
                    }
                    if (!(pos[k].startsWith("NN") || pos[k].startsWith("JJ") || pos[k].equals("CD") || pos[k].equals("HYPH")
                            || lw[k].equals("-"))) {
                        break;
                    }
                }
                if ((GROUP_NOUNS.contains(w) || w.equals("officials") || w.equals("official") || w.equals("government")
                        || w.equals("side") || w.equals("delegation")) && j > 0) {
                    Mention om = mentionEndingAt(j - 1);
                    if (om != null && (om.kind() == Kind.OFFICE || om.kind() == Kind.STATE)) {
                        return new ArrayList<>(sidesOf(om, null, sent.index()));
                    }
                }
                break;
            }
            break;
        }
        return new ArrayList<>();
    }

    private static final Set<String> SEND_VERBS = Set.of("send", "dispatch", "despatch", "deploy", "task", "delegate", "assign");

    /** Between the envoy and the "to" of the purpose: nothing, or "to" a place ("sent X to Ankara to meet Y"). */
    private boolean onlyToPlace(int from, int to) {
        for (int k = from; k < to; k++) {
            boolean place = mentionAt[k] != null && mentionAt[k].kind() == Kind.STATE;
            if (!(place || lw[k].equals("to") || lw[k].equals(",") || pos[k].equals("DT") || pos[k].startsWith("NNP"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The envoy a state or office sends: a named envoy, or "its top diplomat" resolved to the sender's person of that
     * role when the article names one, else the role itself ("?U.S. top diplomat").
     */
    private List<Side> envoy(Mention m, int sendVerb, int depth) {
        String w = m.text().toLowerCase(Locale.ROOT);
        List<Side> out;
        if (m.kind() == Kind.ROLE && (w.startsWith("its ") || w.startsWith("their "))) {
            List<Side> sender = subjectOf(sendVerb, depth + 1);
            String cc = sender.isEmpty() ? null : sender.get(0).country();
            Party p = people.partyOf(m);
            if (p == null || cc == null || !cc.equals(p.country())) {
                p = cc == null ? null : people.resolveRole(cc, m.family(), null, m.start(), null);
            }
            if (p != null) {
                out = List.of(sideOf(p));
            } else {
                String who = sender.isEmpty() ? "" : sender.get(0).participant().name() + " ";
                String role = who + m.text().replaceFirst("(?i)^(its|their)\\s+", "");
                out = List.of(new Side("?" + role.toLowerCase(Locale.ROOT), new ExtractedParticipant("?" + role,
                        ParticipantKind.PERSON, m.title(), null, cc, List.of()), cc, false));
            }
        } else {
            out = new ArrayList<>(sidesOf(m, null, sent.index()));
        }
        if (DEBUG) {
            System.err.println("      envoy sent by " + lw[sendVerb] + ": " + out.stream().map(x -> x.participant().name()).toList());
        }
        return out;
    }

    private boolean isGerundOrInfinitiveTrigger(int v) {
        return pos[v].equals("VBG") || pos[v].startsWith("NN") || v > 0 && lw[v - 1].equals("to");
    }

    private int verbLeftOf(int j) {
        for (int k = j - 1; k >= 0; k--) {
            if (BOUNDARY.contains(lw[k])) {
                return -1;
            }
            if (isVerb(k) && !isAux(k)) {
                return k;
            }
        }
        return -1;
    }

    /** Fronted adverbial ("In a call with X, the Secretary said"): the first subject after the closing comma. */
    private List<Side> subjectAfterComma(int v) {
        int n = toks.size();
        int k = v + 1;
        while (k < n && !lw[k].equals(",")) {
            if (BOUNDARY.contains(lw[k])) {
                return new ArrayList<>();
            }
            k++;
        }
        for (k = k + 1; k < n; k++) {
            Mention m = mentionAt[k];
            if (m != null) {
                List<Side> out = new ArrayList<>(sidesOf(m, null, sent.index()));
                int e = m.to();
                while (e + 1 < n && lw[e].equals("and")) {
                    Mention m2 = nextMentionWithin(e + 1, 6);
                    if (m2 == null) {
                        break;
                    }
                    out.addAll(sidesOf(m2, null, sent.index()));
                    e = m2.to();
                }
                return out;
            }
            if (isVerb(k) && !isAux(k) || BOUNDARY.contains(lw[k])) {
                break;
            }
        }
        return new ArrayList<>();
    }

    /** The first non-auxiliary verb after the comma that closes a fronted phrase containing v, or -1. */
    private int mainVerbAfterComma(int v) {
        int n = toks.size();
        int k = v + 1;
        while (k < n && !lw[k].equals(",")) {
            k++;
        }
        for (k = k + 1; k < n; k++) {
            if (BOUNDARY.contains(lw[k])) {
                return -1;
            }
            if (isVerb(k) && !isAux(k)) {
                return k;
            }
        }
        return -1;
    }

    /** The next mention starting within `within` tokens whose context covers the tokens between. */
    private Mention nextMentionWithin(int from, int within) {
        for (int k = from; k < toks.size() && k < from + within; k++) {
            Mention m = mentionAt[k];
            if (m != null) {
                int cs = people.contextStart(m);
                return cs <= from ? m : (allContext(from, cs) ? m : null);
            }
            if (!contextLike(k)) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> MEDIA_WORDS = Set.of("cnn", "bbc", "fox", "nbc", "cbs", "abc", "msnbc", "reuters", "ap",
            "afp", "bloomberg", "news", "times", "post", "journal", "tv", "radio", "television", "magazine", "newspaper",
            "channel", "network", "podcast", "anchor", "host", "interviewer", "correspondent", "reporter", "journalist",
            "editor", "axios", "politico", "guardian", "telegraph", "economist", "spiegel", "aljazeera", "jazeera");

    private boolean contextLike(int k) {
        if (MEDIA_WORDS.contains(lw[k])) {
            return false; // "spoke with CNN's X" is an interview
        }
        // a demonym the gazetteer lacks still qualifies a title: "Tanzanian President ..."
        boolean unknownDemonym = "MISC".equals(toks.get(k).ner()) && Character.isUpperCase(toks.get(k).word().charAt(0))
                && k + 1 < toks.size() && (people.titleFamilyAt(sent.index(), k + 1) != null || mentionAt[k + 1] != null);
        // capitalised words before a name are its title even when the lexicon lacks them ("Supreme Leader")
        boolean properTitle = pos[k].startsWith("NNP") && Character.isUpperCase(toks.get(k).word().charAt(0))
                && (mentionAt[k] == null || mentionAt[k].kind() != Kind.NAME);
        return unknownDemonym || properTitle || people.isContextWord(sent.index(), k) || pos[k].equals("DT") || pos[k].equals("PRP$") || pos[k].equals("POS")
                || lw[k].equals(",") || lw[k].equals("(") || lw[k].equals(")") || lw[k].equals("-lrb-") || lw[k].equals("-rrb-")
                || lw[k].equals("-") || lw[k].equals("of") && k > 0 && people.isContextWord(sent.index(), k - 1);
    }

    private boolean allContext(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!contextLike(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The partners after a verb: "with"/"to"/"between" objects (after adverbs, dates, "by phone", "for an hour"), or
     * a direct object for verbs such as "called", "met", "dialled"; conjoined ("A and B", "A, B and C", "A; B").
     */
    private List<Side> objectsAfter(int k, boolean direct, boolean farWith, Party possessor, int[] startOut) {
        int n = toks.size();
        boolean passed = false;
        int limit = Math.min(n, k + (farWith ? 12 : 10));
        for (int j = k; j < limit; j++) {
            String w = lw[j];
            Mention m = mentionAt[j];
            if (m != null && m.kind() != Kind.PRONOUN || m != null && m.kind() == Kind.PRONOUN && (passed || direct)
                    && (w.equals("him") || w.equals("her"))) {
                if (passed || direct && (j == k || onlySkippable(k, j))) {
                    return collectList(j, possessor);
                }
            }
            if (m == null && (passed || direct && j == k)) {
                Mention nm = nextMentionWithin(j, 8);
                if (nm != null && (passed || direct)) {
                    return collectList(nm.from(), possessor);
                }
            }
            if (w.equals("with") || w.equals("to") && !farWith || w.equals("between") || w.equals("by") && j == k && k > 0 && passive(k - 1)) {
                if (w.equals("to") && j + 1 < n && isVerb(j + 1)) {
                    return new ArrayList<>();
                }
                passed = true;
                continue;
            }
            if (passed) {
                if (NOT_PARTNERS.contains(w)) {
                    return new ArrayList<>();
                }
                if (pos[j].equals("DT") || pos[j].equals("PRP$") || pos[j].startsWith("JJ") || pos[j].equals("CD")) {
                    continue;
                }
                return new ArrayList<>();
            }
            if (BOUNDARY.contains(w) || isVerb(j) && !isAux(j) && !lw[j].equals("again") || SUBORDINATORS.contains(w) && !w.equals("since")) {
                return new ArrayList<>();
            }
            if (w.equals(",") && j + 1 < n && lw[j + 1].equals("and") && j > k) {
                return new ArrayList<>(); // "after hosting leaders in Paris, and with X": ", and" opens a coordinate of another verb
            }
            if (w.equals("about") || w.equals("of")) {
                if (!farWith) {
                    return new ArrayList<>();
                }
            }
        }
        return new ArrayList<>();
    }

    /**
     * "spoke with X on Monday, after hosting Y, and with Z afterwards": a later "and with" coordinates another partner
     * of the same verb (once a "with" partner was found), unless another speaking verb or a new clause intervenes.
     */
    private List<Side> coordinatedWith(int k) {
        int n = toks.size();
        boolean with = false;
        for (int j = k; j + 2 < n; j++) {
            String w = lw[j];
            if (w.equals(".") || w.equals(";") || w.equals("but") || w.equals("“") || w.equals("”") || w.equals("\"")
                    || w.equals("who") || w.equals("which") || w.equals("that")) {
                break;
            }
            if (j > k) {
                for (Trigger o : sentenceTriggers) {
                    if (o.token() == j && o.type() == TriggerType.SPEAK) {
                        return new ArrayList<>();
                    }
                }
            }
            if (w.equals("with")) {
                with = true;
                continue;
            }
            if (with && w.equals("and") && lw[j + 1].equals("with")) {
                Mention m = nextMentionWithin(j + 2, 6);
                if (m != null && (m.kind() == Kind.NAME || m.kind() == Kind.ROLE)) {
                    return new ArrayList<>(sidesOf(m, null, sent.index()));
                }
                return new ArrayList<>();
            }
        }
        return new ArrayList<>();
    }

    private boolean onlySkippable(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!(isAdverbial(k) || isTemporal(k) || lw[k].equals(","))) {
                return false;
            }
        }
        return true;
    }

    /** A list of parties starting at token j. */
    private List<Side> collectList(int j, Party possessor) {
        int n = toks.size();
        List<Side> out = new ArrayList<>();
        boolean namedSeen = false;
        boolean andSeen = false;
        boolean colonList = j > 0 && colonBefore(j);
        while (j < n) {
            Mention m = mentionAt[j];
            if (m == null) {
                Mention nm = nextMentionWithin(j, 8);
                if (nm == null) {
                    break;
                }
                m = nm;
            }
            if (m.kind() == Kind.GROUP) {
                break;
            }
            if ((m.kind() == Kind.OFFICE || m.kind() == Kind.STATE) && namedSeen) {
                // "General X, Secretary of the Russian Security Council": an appositive, not another party
                j = m.to();
            } else {
                List<Mention> same = mentionsAtToken(m.from());
                for (Mention x : same.size() > 1 ? same : List.of(m)) {
                    out.addAll(sidesOf(x, possessor, sent.index()));
                }
                namedSeen |= m.kind() == Kind.NAME || m.kind() == Kind.ROLE;
                j = m.to();
            }
            // skip an appositive title (", President of Ukraine,") and "of Estonia"
            j = skipAppositive(j);
            boolean sep = j < n && (lw[j].equals("and") || lw[j].equals("or") || lw[j].equals(",") && !andSeen
                    || lw[j].equals(";") && colonList);
            if (sep) {
                int k = j + 1;
                andSeen |= lw[j].equals("and") || lw[j].equals("or");
                if (k < n && lw[k].equals("and")) {
                    k++;
                    andSeen = true;
                }
                Mention nm = nextMentionWithin(k, 8);
                if (nm == null) {
                    break;
                }
                int after = skipAppositive(nm.to());
                if (after < n && (isVerb(after) || pos[after].equals("MD"))) {
                    break; // "... and X will do so": X starts a clause of its own
                }
                j = nm.from();
                continue;
            }
            break;
        }
        return out;
    }

    private boolean colonBefore(int j) {
        for (int k = j - 1; k >= 0; k--) {
            if (lw[k].equals(":")) {
                return true;
            }
            if (lw[k].equals(".")) {
                return false;
            }
        }
        return false;
    }

    private int skipAppositive(int j) {
        int n = toks.size();
        if (j < n && lw[j].equals("of") && j + 1 < n && mentionAt[j + 1] != null && mentionAt[j + 1].kind() == Kind.STATE) {
            return mentionAt[j + 1].to();
        }
        if (j < n && lw[j].equals(",")) {
            int k = j + 1;
            boolean title = false;
            while (k < n && (people.isContextWord(sent.index(), k) || lw[k].equals("the") || lw[k].equals("of")
                    || pos[k].equals("POS") || mentionAt[k] != null && mentionAt[k].kind() != Kind.NAME && mentionAt[k].kind() != Kind.ROLE)) {
                title |= people.titleFamilyAt(sent.index(), k) != null;
                k++;
            }
            if (title && (k >= n || lw[k].equals(",") || lw[k].equals(".") || lw[k].equals(";"))) {
                if (k < n && lw[k].equals(",") && k + 1 < n && (lw[k + 1].equals("and") || nextMentionWithin(k + 1, 8) != null)) {
                    return k; // the list goes on after the appositive
                }
                return k;
            }
        }
        return j;
    }

    /** A list the trigger announces: "spoke to five leaders: A; B; C", or a following sentence naming those present. */
    private List<Side> groupList(int si, int k, Party hint) {
        int n = toks.size();
        boolean groupNoun = false;
        int colon = -1;
        for (int j = k; j < n; j++) {
            if (GROUP_NOUNS.contains(lw[j]) || lw[j].equals("leaders")) {
                groupNoun = true;
            }
            if (lw[j].equals(":") && groupNoun) {
                colon = j;
                break;
            }
            if (lw[j].equals(".") || lw[j].equals(";")) {
                break;
            }
        }
        if (!groupNoun) {
            return List.of();
        }
        List<Side> out = new ArrayList<>();
        if (colon > 0) {
            for (Mention m : ms) {
                if (m.from() > colon && m.kind() == Kind.NAME) {
                    out.add(sideOf(m.party()));
                }
            }
            return out;
        }
        for (int s = si + 1; s <= si + 2 && s < text.sentences().size(); s++) {
            List<Mention> list = people.mentions(s);
            long names = list.stream().filter(m -> m.kind() == Kind.NAME).map(Mention::party).distinct().count();
            String st = text.sentences().get(s).text(text.text()).toLowerCase(Locale.ROOT);
            if (names >= 2 && (st.contains("present") || st.contains("among") || st.contains("participat")
                    || st.contains("joined") || st.contains("attended") || st.contains("included") || st.contains("leaders"))) {
                for (Mention m : list) {
                    if (m.kind() == Kind.NAME) {
                        Side sd = sideOf(m.party());
                        if (out.stream().noneMatch(x -> x.key().equals(sd.key()))) {
                            out.add(sd);
                        }
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    private record NounParties(List<Side> subject, List<Side> objects, boolean group) {
    }

    /** The parties of a call noun: "X's call with Y", "the X-Y call", "a meeting between X and Y", "X held talks with Y", "in a call with Y, X said". */
    private NounParties nounParties(int i) {
        int n = toks.size();
        List<Side> objects = new ArrayList<>();
        // right: "with", "between", "to"
        int j = i + 1;
        while (j < n && (PHONE_WORDS.contains(lw[j]) || VIDEO_WORDS.contains(lw[j]) || lw[j].equals("link"))) {
            j++;
        }
        Party possessor = null;
        List<Side> subject = new ArrayList<>();
        boolean group = false;
        // left: modifiers, then a compound name, a possessor, a light verb or a preposition
        int k = i - 1;
        while (true) {
            if (k >= 2 && pos[k].equals("''")) {
                // a scare-quoted modifier: 'held a "candid and in-depth" phone call'
                int o = k - 1;
                while (o > 0 && o >= k - 7 && !pos[o].equals("``")) {
                    o--;
                }
                if (o > 0 && o < k - 1 && pos[o].equals("``") && (pos[o - 1].equals("DT") || pos[o - 1].equals("PRP$"))) {
                    k = o - 1;
                    continue;
                }
            }
            if (k >= 0 && (pos[k].startsWith("JJ") || pos[k].equals("CD") || pos[k].equals("HYPH") || lw[k].equals("-")
                    || pos[k].equals("RP") && k > 0 && lw[k - 1].equals("-") || k + 1 < n && lw[k + 1].equals("-") && k + 1 < i
                    || (pos[k].startsWith("NN") && mentionAt[k] == null) || pos[k].equals("RB") && !lw[k].equals("not"))
                    && !BOUNDARY.contains(lw[k])) {
                k--;
                continue;
            }
            break;
        }
        Mention compound = k >= 0 ? mentionEndingAt(k) : null;
        if (compound == null && k >= 0 && mentionAt[k] != null && mentionAt[k].kind() == Kind.NAME) {
            compound = mentionAt[k];
        }
        boolean pp = false;
        int gov = -1;
        if (compound != null && (compound.kind() == Kind.NAME || compound.kind() == Kind.ROLE)) {
            List<Mention> glued = mentionsAtToken(compound.from());
            for (Mention x : glued.size() > 1 ? glued : List.of(compound)) {
                subject.addAll(sidesOf(x, null, sent.index()));
            }
            // "Blinken and Truss meeting", "Putin phone call" preceded by "in": governor may add the subject
            int cs = people.contextStart(compound) - 1;
            if (glued.size() < 2 && cs >= 0 && (pos[cs].equals("IN"))) {
                List<Side> main = subjectOf(cs, 1);
                if (main.isEmpty()) {
                    int mv = verbLeftOf(cs);
                    if (mv >= 0) {
                        main = subjectOf(mv, 1);
                    }
                }
                subject.addAll(0, main);
            }
        } else if (k >= 0 && pos[k].equals("POS") && k > 0 && mentionEndingAt(k - 1) != null) {
            Mention pm = mentionEndingAt(k - 1);
            subject.addAll(sidesOf(pm, null, sent.index()));
            possessor = people.partyOf(pm);
        } else if (k >= 0 && pos[k].equals("PRP$")) {
            if (lw[k].equals("their")) {
                Mention gm = mentionAt[k];
                if (gm != null) {
                    List<Side> fronted = frontedPair(gm, i);
                    if (fronted.isEmpty() && k > 0 && isVerb(k - 1) && LIGHT_NOUN_VERBS.contains(lemma[k - 1])
                            && !lemma[k - 1].equals("be")) {
                        // "the two began their conversation": the subject is the pair
                        fronted = subjectOf(k - 1, 1);
                        if (fronted.size() < 2) {
                            fronted = List.of();
                        }
                    }
                    if (fronted.isEmpty()) {
                        // "their third call", "their conversation": the call just reported
                        return new NounParties(List.of(), List.of(), false);
                    }
                    subject.addAll(fronted);
                }
            } else if (lw[k].equals("his") || lw[k].equals("her")) {
                Party p = people.personBefore(toks.get(k).start());
                if (p == null) {
                    // fronted "In his call with X, Y said"
                    List<Side> after = subjectAfterComma(i);
                    subject.addAll(after);
                } else {
                    subject.add(sideOf(p));
                    possessor = p;
                }
            } else {
                return new NounParties(List.of(), List.of(), false); // "my conversation", "our call": the speaker's own words
            }
        } else {
            int d = k;
            while (d >= 0 && (pos[d].equals("DT") || pos[d].equals("PRP$"))) {
                d--;
            }
            if (d >= 0 && (pos[d].equals("IN") || pos[d].equals("TO")) && !lw[d].equals("that")) {
                pp = true;
                gov = verbLeftOf(d);
                if (gov >= 0 && !SPEECH_VERBS.contains(lemma[gov])) {
                    subject = subjectOf(gov, 1);
                } else if (gov >= 0 && (lemma[gov].equals("tell") || lemma[gov].equals("assure") || lemma[gov].equals("inform")
                        || lemma[gov].equals("brief") || lemma[gov].equals("warn"))) {
                    // "X told Y in a phone call that ...": the speaker and the one told
                    subject = subjectOf(gov, 1);
                    objects = objectsAfter(gov + 1, true, false, firstParty(subject), new int[1]);
                } else if (gov < 0) {
                    subject = subjectAfterComma(i);
                    int mv = mainVerbAfterComma(i);
                    if (!subject.isEmpty() && mv >= 0 && !(j < n && lw[j].equals("with")) && !possessorObject(mv + 1)) {
                        // "In a phone call on Tuesday, X told Y that ...": Y is the other side
                        objects = objectsAfter(mv + 1, true, false, firstParty(subject), new int[1]);
                    }
                }
            } else if (d >= 0 && isVerb(d) && !SPEECH_VERBS.contains(lemma[d])) {
                gov = d;
                if (LIGHT_NOUN_VERBS.contains(lemma[d]) || isAux(d)) {
                    subject = subjectOf(d, 1);
                }
            }
        }
        if (possessor == null) {
            possessor = firstParty(subject);
        }
        if (j < n && (lw[j].equals("with") || lw[j].equals("between") || lw[j].equals("from")
                || lw[j].equals("to") && !(j + 1 < n && isVerb(j + 1)))) {
            Mention first = nextMentionWithin(j + 1, 8);
            if (first != null) {
                objects = collectList(first.from(), possessor);
            } else if (lw[j].equals("with")) {
                List<Side> listed = groupList(sent.index(), j + 1, possessor);
                if (!listed.isEmpty()) {
                    objects = listed;
                    group = true;
                }
            }
            if (lw[j].equals("between")) {
                List<Side> all = new ArrayList<>(objects);
                return new NounParties(List.of(), all, true);
            }
        }
        if (objects.isEmpty() && pp && gov >= 0) {
            // "agreed with Y in a telephone conversation": the governing verb's partner
            objects = objectsAfter(gov + 1, false, false, possessor, new int[1]);
        }
        if (subject.isEmpty() && objects.size() == 1 && possessorInObject(j)) {
            // "the meeting with his UK counterpart": he took part
            Party p = people.personBefore(toks.get(Math.min(n - 1, j + 1)).start());
            if (p != null) {
                subject.add(sideOf(p));
            }
        }
        return new NounParties(subject, objects, group || subject.size() + objects.size() > 2 && !objects.isEmpty() && subject.size() > 1);
    }

    /** "expressed India's readiness": the first mention after the verb owns a thing; it is not the one told. */
    private boolean possessorObject(int from) {
        int o = from;
        while (o < toks.size() && mentionAt[o] == null && (pos[o].equals("DT") || pos[o].startsWith("JJ") || pos[o].startsWith("RB"))) {
            o++;
        }
        if (o >= toks.size() || mentionAt[o] == null) {
            return false;
        }
        int after = mentionAt[o].to();
        return after < toks.size() && pos[after].equals("POS");
    }

    private boolean possessorInObject(int j) {
        return j + 1 < toks.size() && (lw[j + 1].equals("his") || lw[j + 1].equals("her"));
    }

    /** "Following their meeting in Moscow, X and Y spoke": a sentence-initial possessive points forward to the subject. */
    private List<Side> frontedPair(Mention gm, int i) {
        for (int k = 0; k < gm.from(); k++) {
            if (mentionAt[k] != null && mentionAt[k].kind() != Kind.GROUP || BOUNDARY.contains(lw[k])) {
                return List.of();
            }
        }
        List<Side> after = subjectAfterComma(i);
        return after.size() >= 2 ? after : List.of();
    }

    // ------------------------------------------------------------------------------------------------ medium, status, date

    private CallMedium medium(Trigger t, int i) {
        int n = toks.size();
        int from = Math.max(0, i - 3);
        int to = Math.min(n, clauseEnd(i) + 1);
        if (t.type() == TriggerType.NOUN) {
            to = Math.min(to, i + 4);
        }
        for (Trigger o : sentenceTriggers == null ? List.<Trigger>of() : sentenceTriggers) {
            if (o.token() > i && o.token() < to) {
                to = o.token();
            }
            if (o.token() < i && o.token() >= from) {
                from = o.end();
            }
        }
        boolean phone = false, video = false, person = false;
        for (int k = from; k < to; k++) {
            String w = lw[k];
            if (VIDEO_WORDS.contains(w) || w.startsWith("video")) {
                video = true;
            } else if (PHONE_WORDS.contains(w) || w.startsWith("telephon")) {
                phone = true;
            } else if (w.equals("person") && k > 0 && lw[k - 1].equals("in") || w.equals("face-to-face")
                    || w.equals("face") && k + 2 < n && lw[k + 2].equals("face")) {
                person = true;
            }
        }
        if (video) {
            return CallMedium.VIDEO;
        }
        if (t.medium() == CallMedium.PHONE || phone) {
            return CallMedium.PHONE;
        }
        if (t.medium() == CallMedium.IN_PERSON || person) {
            return CallMedium.IN_PERSON;
        }
        return CallMedium.UNKNOWN;
    }

    private int clauseEnd(int i) {
        int n = toks.size();
        for (int k = i + 1; k < n; k++) {
            if (BOUNDARY.contains(lw[k]) || SUBORDINATORS.contains(lw[k]) && !lw[k].equals("since")) {
                return k - 1;
            }
        }
        return n - 1;
    }

    private int clauseStart(int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (BOUNDARY.contains(lw[k])) {
                return k + 1;
            }
        }
        return 0;
    }

    private boolean attemptContext(int i) {
        int from = Math.max(clauseStart(i), i - 9);
        for (int k = from; k < i; k++) {
            if (ATTEMPT.contains(lw[k])) {
                return true;
            }
            if (lw[k].equals("not") && k + 1 < toks.size() && (lw[k + 1].equals("taking") || lw[k + 1].equals("answering")
                    || lw[k + 1].equals("answered") || lw[k + 1].equals("returned") || lw[k + 1].equals("returning"))) {
                return true;
            }
        }
        return false;
    }

    private boolean counted(int i) {
        int end = Math.min(toks.size(), i + 8);
        for (int k = i + 1; k < end; k++) {
            if (lw[k].equals("times") && k > 0 && (pos[k - 1].equals("CD") || Set.of("several", "many", "multiple", "numerous").contains(lw[k - 1]))) {
                return !attemptContext(i);
            }
            if (BOUNDARY.contains(lw[k])) {
                break;
            }
        }
        return false;
    }

    private static final Set<String> HYPOTHESIS_HEADS = Set.of("possibility", "prospect", "prospects", "idea", "chance",
            "date", "plans", "preparations", "hopes", "question");
    private static final Set<String> CLAIM_NOUNS = Set.of("report", "reports", "claim", "claims", "suggestion",
            "suggestions", "allegation", "allegations", "rumour", "rumours", "rumor", "rumors", "speculation");

    /** "a date for a meeting between X and Y", "talk about a call", "the possibility of a meeting": no event reported. */
    private boolean hypothetical(int i) {
        int k = i - 1;
        while (k >= 0 && (pos[k].startsWith("JJ") || pos[k].startsWith("NN") && mentionAt[k] == null || pos[k].equals("HYPH"))) {
            k--;
        }
        if (k < 1 || !(lw[k].equals("a") || lw[k].equals("an") || lw[k].equals("any"))) {
            return false;
        }
        String p = lw[k - 1];
        if (p.equals("for")) {
            return !(k >= 2 && Set.of("ask", "request", "call", "push", "press", "bid", "time", "ready", "prepare").contains(lemma[k - 2]));
        }
        return p.equals("about") || p.equals("toward") || p.equals("towards")
                || p.equals("of") && k >= 2 && HYPOTHESIS_HEADS.contains(lw[k - 2]);
    }

    /** "denied a report that X had spoken with Y", "dismissed claims of a call": the call is another's claim. */
    private boolean denied(int i) {
        boolean claim = false;
        for (int k = i - 1; k >= 0 && k >= i - 15; k--) {
            String w = lw[k];
            if (w.equals(".") || w.equals(";") || w.equals("but") || w.equals("“") || w.equals("”")) {
                return false;
            }
            claim |= w.equals("that") || CLAIM_NOUNS.contains(w);
            if (claim && (isVerb(k) || pos[k].startsWith("NN")) && Set.of("deny", "denial", "dismiss", "reject", "refute", "debunk")
                    .contains(lemma[k])) {
                return true;
            }
        }
        return false;
    }

    /** "have not spoken since February 12, 2022": a negated contact with a since-date reports the last one. */
    private DateMention negatedSince(int i) {
        boolean negated = false;
        for (int k = Math.max(0, i - 3); k < i; k++) {
            negated |= lw[k].equals("not") || lw[k].equals("n't") || lw[k].equals("never");
        }
        if (!negated) {
            return null;
        }
        int end = toks.get(clauseEnd(i)).end();
        for (DateMention d : dates.find(sent.start(), sent.end())) {
            if (d.start() > toks.get(i).start() && d.start() < end && precededBy(d, "since")
                    && (d.kind() == DateResolver.Kind.CALENDAR || d.kind() == DateResolver.Kind.MONTH)) {
                return d;
            }
        }
        return null;
    }

    private CallStatus status(int i, boolean attempted, Trigger t) {
        if (attempted) {
            return CallStatus.ATTEMPTED;
        }
        if (t.type() == TriggerType.NOUN && hypothetical(i)) {
            return null;
        }
        int from = Math.max(clauseStart(i), i - 10);
        boolean planned = false;
        for (int k = from; k < i; k++) {
            String w = lw[k];
            if (VAGUE.contains(w) && !(w.equals("like") && !(k > 0 && lw[k - 1].equals("would")))
                    && !(w.equals("open") && !(k + 1 < i && lw[k + 1].equals("to")))) {
                if (!(w.equals("possible") || w.equals("may") || w.equals("might") || w.equals("could")) || k >= i - 3) {
                    return null;
                }
            }
            if (PLAN.contains(w) && !(w.equals("set") && !(k + 1 < i && lw[k + 1].equals("to")))
                    && !(w.equals("going") && !(k + 1 < i && lw[k + 1].equals("to")))) {
                planned = true;
            }
            if ((w.equals("not") || w.equals("n't") || w.equals("never")) && k >= i - 3) {
                return null;
            }
            if ((lemma[k].equals("ask") || lemma[k].equals("request") || lemma[k].equals("seek") || lemma[k].equals("propose"))
                    && t.type() == TriggerType.NOUN) {
                planned = true;
            }
            if (w.equals("agree") || w.equals("agreed") || w.equals("agrees")) {
                if (k + 1 < i && lw[k + 1].equals("to")) {
                    planned = true;
                }
            }
        }
        // "would meet": reported future
        if (i > 0 && lw[i - 1].equals("would")) {
            planned = true;
        }
        // "X to meet Y" (headline) and "flew to Moscow to meet Y" (past purpose)
        if (i > 0 && lw[i - 1].equals("to") && t.type() != TriggerType.NOUN) {
            int g = verbLeftOf(i - 1);
            if (g >= 0 && MOTION.contains(lw[g])) {
                return CallStatus.HELD;
            }
            Mention before = i >= 2 ? mentionEndingAt(i - 2) : null;
            boolean headline = before != null && before.kind() == Kind.NAME && verbLeftOf(people.contextStart(before)) < 0;
            if (g >= 0 && (lemma[g].equals("send") || lemma[g].equals("dispatch"))) {
                return CallStatus.HELD;
            }
            if (headline || g >= 0 && (PLAN.contains(lw[g]) || lemma[g].equals("agree") || lemma[g].equals("plan"))) {
                planned = true;
            } else if (g >= 0 && !MOTION.contains(lw[g]) && !planned) {
                return null; // "wants to meet", "invited X to visit": no arrangement reported
            }
        }
        return planned ? CallStatus.PLANNED : CallStatus.HELD;
    }

    private boolean distinct(int i) {
        int from = Math.max(0, i - 3), to = Math.min(toks.size(), i + 3);
        for (int k = from; k < to; k++) {
            String w = lw[k];
            if (w.equals("again") || w.equals("another") || w.equals("follow-up") || w.equals("second") || w.equals("third")
                    || w.equals("fresh") || w.equals("new")) {
                return true;
            }
        }
        if (i > 0 && (lw[i - 1].equals("last") || lw[i - 1].equals("previously")) && pos[i].startsWith("VB")) {
            return true; // "they last met in Rio in November": an earlier meeting than the one told
        }
        return inLaterClause(i);
    }

    /** The trigger sits in "(a day | days | hours) after/before ..." — an event at another time than the sentence's. */
    private boolean inLaterClause(int i) {
        for (int k = i - 1; k >= 1 && k >= i - 8; k--) {
            if ((lw[k].equals("after") || lw[k].equals("before") || lw[k].equals("since"))
                    && Set.of("day", "days", "week", "weeks", "hour", "hours", "month", "months", "year", "years", "minutes",
                    "shortly", "soon", "moments", "weekend").contains(lw[k - 1])) {
                return true;
            }
            if (BOUNDARY.contains(lw[k])) {
                break;
            }
        }
        return false;
    }

    private static final Set<String> VENUES = Set.of("residence", "palace", "headquarters", "dacha", "retreat", "villa",
            "hotel", "embassy", "ranch", "estate", "chancellery", "chancellory");

    private String place(int i) {
        int n = toks.size();
        int end = clauseEnd(i);
        for (int k = i + 1; k <= end && k < n - 1; k++) {
            if ((lw[k].equals("in") || lw[k].equals("at")) && k + 1 < n) {
                Mention m = nextPlace(k + 1);
                if (m != null) {
                    return m.party() != null ? m.text().replaceFirst("(?i)^the\\s+", "") : m.text();
                }
                // "at his residence", "at the presidential palace": a venue without a name of its own
                int v = k + 1;
                while (v < n && v <= end && (pos[v].equals("DT") || pos[v].equals("PRP$") || pos[v].startsWith("JJ"))) {
                    v++;
                }
                if (v < n && v > k + 1 && VENUES.contains(lw[v])) {
                    return text.text().substring(toks.get(k + 1).start(), toks.get(v).end());
                }
            }
        }
        for (int k = Math.max(0, i - 8); k < i; k++) {
            if ((lw[k].equals("visited") || lw[k].equals("to") && k > 0 && MOTION.contains(lw[k - 1])) && k + 1 < n) {
                Mention m = nextPlace(k + 1);
                if (m != null) {
                    return m.text();
                }
            }
        }
        // fronted "In Paris, X and Y held talks"
        if (n > 3 && (lw[0].equals("in") || lw[0].equals("at"))) {
            Mention m = nextPlace(1);
            if (m != null && m.to() < n && lw[m.to()].equals(",") && m.to() < i) {
                return m.party() != null ? m.text().replaceFirst("(?i)^the\\s+", "") : m.text();
            }
        }
        return null;
    }

    private Mention nextPlace(int k) {
        int n = toks.size();
        if (k < n && lw[k].equals("the")) {
            k++;
        }
        if (k < n && mentionAt[k] != null && (mentionAt[k].kind() == Kind.STATE || mentionAt[k].kind() == Kind.OFFICE)) {
            return mentionAt[k];
        }
        if (k < n && "LOCATION".equals(toks.get(k).ner()) || k < n && "CITY".equals(toks.get(k).ner())) {
            int e = k;
            while (e + 1 < n && toks.get(e + 1).ner().equals(toks.get(k).ner())) {
                e++;
            }
            int s = toks.get(k).start(), en = toks.get(e).end();
            return new Mention(Kind.STATE, sent.index(), k, e + 1, s, en, text.text().substring(s, en), null, null, null, null, false);
        }
        return null;
    }

    /** The date expression of the trigger's own clause; otherwise one carried over from a frame-setting earlier sentence. */
    private DateMention dateFor(int si, int i, Set<String> parties) {
        List<DateMention> ds = dates.find(sent.start(), sent.end());
        int pos0 = toks.get(i).start();
        DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        // a date in the trigger's own words after it ("met X on Thursday") beats one of an earlier verb ("arrived on Wednesday and met")
        int ownEnd = toks.get(clauseEnd(i)).end();
        for (Trigger o : sentenceTriggers) {
            if (o.token() > i && toks.get(o.token()).start() < ownEnd) {
                ownEnd = toks.get(o.token()).start();
            }
        }
        boolean laterOwn = false;
        for (DateMention d : ds) {
            if (d.start() > pos0 && d.start() < ownEnd && !afterSpeechVerb(d) && !precededBy(d, "since", "until", "by", "from", "through")
                    && !(people.inQuote(d.start()) && !people.inQuote(pos0)) && !(quotedSpeaker != null && !people.inQuote(d.start()))) {
                laterOwn = true;
            }
        }
        for (DateMention d : ds) {
            if (laterOwn && (d.start() < pos0 || d.start() >= ownEnd)) {
                continue;
            }
            if (people.inQuote(d.start()) && (!people.inQuote(pos0) || d.kind() == DateResolver.Kind.RELATIVE)) {
                continue; // "today" in a quoted readout is the readout's day, not the article's
            }
            if (quotedSpeaker != null && !people.inQuote(d.start())) {
                continue; // '"I spoke with X," Y said early Thursday': the day of the words, not of the call
            }
            if (afterSpeechVerb(d) || precededBy(d, "since", "until", "by", "from", "through")) {
                continue;
            }
            // a date more often follows its verb ("spoke ... on Monday") than it precedes the next one ("on Monday to discuss")
            int dist = d.start() >= pos0 ? d.start() - pos0 : (pos0 - d.end()) * 3 / 2;
            // a date belongs to the nearest trigger of its sentence
            boolean closerToOther = false;
            for (Trigger t : sentenceTriggers) {
                if (t.token() == i) {
                    continue;
                }
                if (t.type() == TriggerType.DISCUSS) {
                    continue;
                }
                int p2 = toks.get(t.token()).start();
                int d2 = d.start() >= p2 ? d.start() - p2 : (p2 - d.end()) * 3 / 2;
                if (d2 < dist && !inQuoteTrigger(t)) {
                    closerToOther = true;
                }
            }
            if (closerToOther && !(d.start() > pos0 && d.start() < ownEnd)) {
                continue;
            }
            if (dist < bestDist) {
                bestDist = dist;
                best = d;
            }
        }
        if (DEBUG) {
            System.err.println("      dates " + ds.stream().map(DateMention::text).toList() + " -> " + (best == null ? null : best.text()));
        }
        if (best != null) {
            return best;
        }
        DateMention same = anaphoricDate(si, i);
        if (same != null) {
            return same;
        }
        DateMention now = presentProgressive(i);
        if (now == null) {
            now = justEnded(i);
        }
        if (now != null) {
            return now;
        }
        return carriedDate(si, parties);
    }

    private static final java.util.regex.Pattern SAME_DAY = java.util.regex.Pattern.compile("(?i)\\b(?:(?:later|earlier)\\s+(?:in|on|during)\\s+(?:the|that)\\s+(?:day|morning|afternoon|evening)"
            + "|(?:later|earlier)\\s+that\\s+(?:day|morning|afternoon|evening|night)|(?:that|the)\\s+same\\s+(?:day|morning|afternoon|evening|night)"
            + "|on\\s+that\\s+day|(?:hours|minutes|moments)\\s+(?:later|earlier)|(?:shortly|soon)\\s+(?:afterwards?|thereafter)|afterwards?|thereafter)\\b");
    private static final java.util.regex.Pattern NEXT_DAY = java.util.regex.Pattern.compile("(?i)\\b(?:the\\s+(?:next|following)\\s+day|a\\s+day\\s+later)\\b");
    private static final java.util.regex.Pattern PREVIOUS_DAY = java.util.regex.Pattern.compile("(?i)\\b(?:the\\s+previous\\s+day|a\\s+day\\s+earlier)\\b");

    /** The date of the event just reported, the last dated call of the last few sentences, or else the latest date there. */
    private DateMention lastDate;
    private int lastDateSentence = -10;
    private boolean lastDateFuture;

    /**
     * "later in the day", "the same day", "hours later", "afterwards", "the next day": a day told relative to the event
     * reported just before, which is the last dated call within a few sentences, else a date of the previous two sentences.
     */
    private DateMention anaphoricDate(int si, int i) {
        int end = toks.get(clauseEnd(i)).end();
        String words = text.text().substring(sent.start(), end);
        int offset;
        java.util.regex.Matcher m;
        if ((m = SAME_DAY.matcher(words)).find()) {
            offset = 0;
        } else if ((m = NEXT_DAY.matcher(words)).find()) {
            offset = 1;
        } else if ((m = PREVIOUS_DAY.matcher(words)).find()) {
            offset = -1;
        } else {
            return null;
        }
        DateMention ref = lastDate != null && si - lastDateSentence <= 6 ? lastDate : null;
        for (int j = si - 1; ref == null && j >= 0 && j >= si - 2; j--) {
            Sentence s = text.sentences().get(j);
            List<DateMention> ds = dates.find(s.start(), s.end());
            for (int k = ds.size() - 1; k >= 0; k--) {
                if (ds.get(k).kind() != DateResolver.Kind.VAGUE && ds.get(k).kind() != DateResolver.Kind.MONTH) {
                    ref = ds.get(k);
                    break;
                }
            }
        }
        if (ref == null || ref.kind() == DateResolver.Kind.VAGUE || ref.kind() == DateResolver.Kind.MONTH) {
            return null;
        }
        if (DEBUG) {
            System.err.println("      anaphoric date '" + m.group() + "' -> " + ref.text() + " " + offset);
        }
        DateResolver.Resolved r = dates.resolve(ref, ref == lastDate && lastDateFuture);
        if (r.date() == null) {
            return offset == 0 ? ref : null;
        }
        java.time.LocalDate d = r.date().plusDays(offset);
        int s0 = sent.start() + m.start();
        return new DateMention(s0, sent.start() + m.end(), m.group() + " (" + d + ")", DateResolver.Kind.CALENDAR, d.getYear(),
                d.getMonthValue(), d.getDayOfMonth(), null, null, false, false);
    }

    /** "X is holding talks with Y", "the two are meeting in Geneva": under way on the day of publication. */
    private DateMention presentProgressive(int i) {
        if (text.publishedOn() == null || people.inQuote(toks.get(i).start())) {
            return null;
        }
        int v = -1;
        if (pos[i].equals("VBG")) {
            v = i;
        } else if (pos[i].startsWith("NN")) {
            for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
                if (pos[k].equals("VBG") && LIGHT_NOUN_VERBS.contains(lemma[k])) {
                    v = k;
                    break;
                }
                if (!(pos[k].startsWith("JJ") || pos[k].startsWith("NN") || pos[k].equals("DT") || pos[k].equals("PRP$"))) {
                    break;
                }
            }
        }
        int b = v - 1;
        while (b >= 0 && pos[b].startsWith("RB")) {
            b--;
        }
        if (v < 0 || b < 0 || !Set.of("is", "are", "am", "'re", "'s").contains(lw[b]) || lw[b].equals("'s") && !pos[b].startsWith("VB")) {
            return null;
        }
        return new DateMention(toks.get(v).start(), toks.get(v).end(), "today (" + toks.get(b).word() + " " + toks.get(v).word() + ")",
                DateResolver.Kind.RELATIVE, null, null, null, null, "today", false, false);
    }

    private static final Set<String> PHASE_VERBS = Set.of("end", "conclude", "begin", "start", "wrap", "finish", "open", "close");

    /** "The talks between X and Y in Riyadh have ended": news of the day of publication. */
    private DateMention justEnded(int i) {
        if (text.publishedOn() == null || !pos[i].startsWith("NN") || people.inQuote(toks.get(i).start())) {
            return null;
        }
        int end = Math.min(toks.size() - 1, i + 25);
        for (int k = i + 1; k <= end; k++) {
            if (BOUNDARY.contains(lw[k]) && !lw[k].equals("that")) {
                return null;
            }
            if (isVerb(k) && !isAux(k)) {
                if (!(pos[k].equals("VBN") && PHASE_VERBS.contains(lemma[k]) && (lw[k - 1].equals("have") || lw[k - 1].equals("has")))) {
                    return null;
                }
                return new DateMention(toks.get(k - 1).start(), toks.get(k).end(), "today (" + lw[k - 1] + " " + lw[k] + ")",
                        DateResolver.Kind.RELATIVE, null, null, null, null, "today", false, false);
            }
        }
        return null;
    }

    private boolean inQuoteTrigger(Trigger t) {
        return people.inQuote(toks.get(t.token()).start());
    }

    private boolean afterSpeechVerb(DateMention d) {
        int idx = tokenAt(d.start());
        for (int k = idx - 1; k >= 0 && k >= idx - 2; k--) {
            if (lw[k].equals("on")) {
                continue;
            }
            return isVerb(k) && SPEECH_VERBS.contains(lemma[k]);
        }
        return false;
    }

    private boolean precededBy(DateMention d, String... words) {
        int idx = tokenAt(d.start());
        if (idx <= 0) {
            return false;
        }
        for (String w : words) {
            if (lw[idx - 1].equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** The date sits in a "since ..." clause of at most eight words: the start of a span, not the event's day. */
    private boolean inSinceClause(DateMention d) {
        int idx = tokenAt(d.start());
        for (int k = idx - 1; k >= 0 && k >= idx - 8; k--) {
            if (lw[k].equals("since")) {
                return true;
            }
            if (lw[k].equals(",") || BOUNDARY.contains(lw[k]) && !lw[k].equals("since")) {
                return false;
            }
        }
        return false;
    }

    private int tokenAt(int offset) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).end() > offset) {
                return k;
            }
        }
        return toks.size() - 1;
    }

    /** "On Saturday, X flew to Moscow ... . X then met Y": a sentence-initial date frames the next sentence too. */
    private DateMention carriedDate(int si, Set<String> parties) {
        for (int j = si - 1; j >= 0 && j >= si - 2; j--) {
            Sentence s = text.sentences().get(j);
            List<DateMention> ds = dates.find(s.start(), s.end());
            if (ds.isEmpty()) {
                continue;
            }
            DateMention first = ds.get(0);
            String head = text.text().substring(s.start(), first.start()).strip();
            boolean fronted = head.isEmpty() || head.matches("(?i)(on|early|late|earlier|later)");
            boolean leadSubject = false;
            List<Mention> list = people.mentions(j);
            for (Mention m : list) {
                if (m.start() < first.start() && (m.kind() == Kind.NAME || m.kind() == Kind.ROLE)) {
                    // the earlier sentence is about one of this call's parties: "X on Tuesday urged ...; in a call with Y, X ..."
                    Party p = people.partyOf(m);
                    leadSubject = (s.index() <= 1 || j == si - 1) && p != null && parties.contains("P" + p.id());
                    break;
                }
            }
            boolean onlyDate = list.isEmpty();
            if (j == si - 1 && !triggersBySentence.get(j).isEmpty() && ds.size() == 1 && first.kind() != DateResolver.Kind.VAGUE
                    && list.stream().noneMatch(x -> x.kind() == Kind.NAME || x.kind() == Kind.ROLE || x.kind() == Kind.PRONOUN
                    || x.kind() == Kind.GROUP)) {
                // "The most important conversation of the week happened on Sunday. X and Y spoke by phone ...": the
                // call announced without its parties is the one told next
                return first;
            }
            if (!triggersBySentence.get(j).isEmpty()) {
                leadSubject = false; // its date belongs to its own call
            }
            if (j == si - 1 && fronted && !onlyDate || leadSubject && (s.index() <= 1) && ds.size() == 1) {
                return first.kind() == DateResolver.Kind.VAGUE ? null : first;
            }
            return null;
        }
        return null;
    }

    private DateMention sinceDate(int si, int i) {
        String s = sent.text(text.text()).toLowerCase(Locale.ROOT);
        if (!s.matches("(?s).*\\bfirst\\s+(?:\\w+\\s+){0,2}(?:time|call|conversation|contact|meeting|talks|phone call|exchange)\\b.*")) {
            return null;
        }
        for (DateMention d : dates.find(sent.start(), sent.end())) {
            if (precededBy(d, "since") && d.start() > toks.get(i).start() && d.kind() == DateResolver.Kind.CALENDAR) {
                return d;
            }
        }
        return null;
    }

    private boolean windowHas(int i, int width, String... words) {
        int from = Math.max(0, i - width), to = Math.min(toks.size(), i + width);
        for (int k = from; k < to; k++) {
            for (String w : words) {
                if (lw[k].equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ anaphora and merging

    private void noteOneSided(Candidate c, int i) {
        c.medium = medium(c.trigger, i);
        c.status = attemptContext(i) ? CallStatus.ATTEMPTED : CallStatus.HELD;
        c.date = null;
        oneSided.add(c);
    }

    /** "the call", "their conversation": no parties of its own; it tells the medium of the call just reported. */
    private void anaphor(int si, Candidate c, int i) {
        if (!(c.trigger.word().equals("call") || c.trigger.word().startsWith("video") || c.trigger.word().startsWith("tele"))) {
            addAnaphorEvidence(si, c, i, false);
            return;
        }
        addAnaphorEvidence(si, c, i, true);
    }

    private void addAnaphorEvidence(int si, Candidate c, int i, boolean setMedium) {
        Call call = null;
        for (Call x : calls) {
            if (x.status == CallStatus.HELD && x.lastSentence >= si - 6 && (call == null || x.touched > call.touched)) {
                call = x;
            }
        }
        if (call == null) {
            return;
        }
        CallMedium m = medium(c.trigger, i);
        if (setMedium && call.medium == CallMedium.UNKNOWN) {
            call.medium = m;
        }
        if (call.date == null && (m == call.medium || m == CallMedium.UNKNOWN || call.medium == CallMedium.UNKNOWN)) {
            // "The call took place on Saturday": the day of the call just reported
            List<DateMention> ds = new ArrayList<>(dates.find(sent.start(), sent.end()));
            ds.removeIf(this::inSinceClause); // "... and was the second since the strikes began on Friday"
            if (ds.size() == 1 && ds.get(0).kind() != DateResolver.Kind.VAGUE && !people.inQuote(ds.get(0).start())
                    && !afterSpeechVerb(ds.get(0)) && !precededBy(ds.get(0), "since", "until", "by", "from", "through")) {
                call.date = ds.get(0);
                noteDated(call, si);
            }
        }
        if (m == call.medium || call.medium == CallMedium.UNKNOWN || m == CallMedium.UNKNOWN) {
            addSentence(call, si);
        }
    }

    /** "The calls took place on Sunday": dates every undated held call of the latest sentence that told calls. */
    private void pluralAnaphor(int si, int i) {
        int last = -1;
        for (Call x : calls) {
            if (x.status == CallStatus.HELD && x.lastSentence >= si - 3 && x.lastSentence < si) {
                last = Math.max(last, x.lastSentence);
            }
        }
        if (last < 0) {
            return;
        }
        List<DateMention> ds = dates.find(sent.start(), sent.end());
        if (ds.size() != 1 || ds.get(0).kind() == DateResolver.Kind.VAGUE || people.inQuote(ds.get(0).start())
                || afterSpeechVerb(ds.get(0)) || precededBy(ds.get(0), "since", "until", "by", "from", "through")) {
            return;
        }
        for (Call x : calls) {
            if (x.status == CallStatus.HELD && x.lastSentence == last && x.date == null) {
                x.date = ds.get(0);
                noteDated(x, si);
                addSentence(x, si);
            }
        }
    }

    private void attachOneSided(Candidate c) {
        Side s = c.sides.get(0);
        for (int k = calls.size() - 1; k >= 0; k--) {
            Call call = calls.get(k);
            if (call.sides.stream().anyMatch(x -> x.key().equals(s.key())) && compatibleMedium(call.medium, c.medium)) {
                if (call.medium == CallMedium.UNKNOWN && c.medium != CallMedium.UNKNOWN && call.status == CallStatus.HELD) {
                    call.medium = c.medium;
                }
                addSentence(call, c.sentence);
                return;
            }
        }
    }

    private static int reportPosition(Call c) {
        List<Integer> ss = new ArrayList<>(c.sentences);
        ss.sort(Integer::compare);
        for (int si : ss) {
            if (si >= 2) {
                return si;
            }
        }
        return ss.get(0);
    }

    private static boolean compatibleMedium(CallMedium a, CallMedium b) {
        return a == b || a == CallMedium.UNKNOWN || b == CallMedium.UNKNOWN;
    }

    private void addSentence(Call call, int si) {
        call.touched = ++clock;
        if (!call.sentences.contains(si)) {
            call.sentences.add(si);
        }
        call.lastSentence = Math.max(call.lastSentence, si);
    }

    private static Set<String> keys(List<Side> sides) {
        Set<String> s = new java.util.HashSet<>();
        for (Side x : sides) {
            s.add(x.key());
        }
        return s;
    }

    private void merge(Candidate c) {
        Set<String> ck = keys(c.sides);
        boolean reference = definiteReference(c);
        Call best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int k = 0; k < calls.size(); k++) {
            Call call = calls.get(k);
            if (!keys(call.sides).equals(ck) || call.status != c.status) {
                continue;
            }
            boolean mediumOk = compatibleMedium(call.medium, c.medium) || reference;
            if (readingHeadline && !calls.isEmpty()) {
                int score = k + (mediumOk ? 1000 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = call;
                }
                continue;
            }
            if (!mediumOk) {
                continue;
            }
            if (call.medium == CallMedium.UNKNOWN && c.medium != CallMedium.UNKNOWN && !reference && c.date != null
                    && call.date == null && call.sentences.get(0) > 1 && !call.sentences.contains(c.sentence)) {
                continue; // "met X in Berlin on Saturday" is not the undated "also spoke with X"
            }
            String a = dates.sameDayKey(call.date, call.status == CallStatus.PLANNED);
            String b = dates.sameDayKey(c.date, c.status == CallStatus.PLANNED);
            if (a != null && b != null && !a.equals(b)) {
                continue;
            }
            if (call.place != null && c.place != null && !call.place.equalsIgnoreCase(c.place)) {
                continue;
            }
            if (c.distinct && !(a != null && a.equals(b))) {
                continue;
            }
            int score = k;
            if (call.medium == c.medium) {
                score += 1000;
            }
            if (a != null && a.equals(b)) {
                score += 2000;
            }
            if (score > bestScore) {
                bestScore = score;
                best = call;
            }
        }
        if (DEBUG) {
            System.err.println("   CANDIDATE " + c.sides.stream().map(x -> x.participant().name()).toList() + " " + c.medium
                    + " " + c.status + " " + (c.date == null ? null : c.date.text()) + " place=" + c.place + " distinct="
                    + c.distinct + (best != null ? " -> merged into #" + calls.indexOf(best) : " -> new #" + calls.size()));
        }
        if (best != null) {
            Call call = best;
            if (call.date == null || call.date.kind() == DateResolver.Kind.VAGUE && c.date != null) {
                call.date = c.date;
            }
            if (call.place == null) {
                call.place = c.place;
            }
            if (call.medium == CallMedium.UNKNOWN) {
                call.medium = c.medium;
            }
            addSentence(call, c.sentence);
            call.denied |= c.denied;
            noteDated(call, c.sentence);
            return;
        }
        Call call = new Call();
        call.sides.addAll(c.sides);
        call.medium = c.medium;
        call.status = c.status;
        call.date = c.date;
        call.place = c.place;
        call.denied = c.denied;
        addSentence(call, c.sentence);
        calls.add(call);
        noteDated(call, c.sentence);
    }

    /** The call just told, when it has a day: what "later that day" in the next sentences refers to. */
    private void noteDated(Call call, int si) {
        if (call.date != null && call.date.kind() != DateResolver.Kind.VAGUE && call.date.kind() != DateResolver.Kind.MONTH) {
            lastDate = call.date;
            lastDateSentence = si;
            lastDateFuture = call.status == CallStatus.PLANNED;
        }
    }

    /** "the call", "the phone call", "their meeting": a reference to an event already reported, whatever its medium. */
    private boolean definiteReference(Candidate c) {
        if (c.trigger.type() != TriggerType.NOUN) {
            return false;
        }
        for (int k = c.trigger.token() - 1; k >= 0 && k >= c.trigger.token() - 3; k--) {
            if (lw[k].equals("the") || lw[k].equals("their") || lw[k].equals("this")) {
                return true;
            }
            if (!(pos[k].startsWith("JJ") || pos[k].startsWith("NN"))) {
                return false;
            }
        }
        return false;
    }

    private ExtractedCall toExtracted(Call c) {
        List<ExtractedParticipant> ps = new ArrayList<>();
        for (Side s : c.sides) {
            ps.add(s.participant());
        }
        LocalDateHolder d = new LocalDateHolder();
        if (c.date != null) {
            DateResolver.Resolved r = dates.resolve(c.date, c.status == CallStatus.PLANNED);
            d.date = r.date();
            d.precision = r.precision();
            d.text = r.text();
        }
        List<Evidence> ev = new ArrayList<>();
        c.sentences.sort(Integer::compare);
        for (int si : c.sentences) {
            Sentence s = text.sentences().get(si);
            ev.add(new Evidence(s.text(text.text()), s.start(), s.end()));
        }
        return new ExtractedCall(ps, d.date, d.precision, d.text, c.medium, c.status, ev);
    }

    private static final class LocalDateHolder {
        java.time.LocalDate date;
        DatePrecision precision = DatePrecision.UNKNOWN;
        String text;
    }

    @Override
    public String toString() {
        return Objects.toString(calls.size());
    }
}
