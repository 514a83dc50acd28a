package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.quote.SpeakerResolver;
import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.Level;
import dev.readout.participant.ParticipantKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyone an article mentions, clustered within the article: people under the fullest form of their name
 * ("Shoygu" → "Sergey Shoygu", "Mr. Sullivan" → "Jake Sullivan") with the title, organisation and country the text
 * gives them; offices, international organisations and states with their ISO code. Role references ("the Ukrainian
 * president", "Russia's top diplomat", "the Pentagon spokesperson"), pronouns and group references ("the two
 * leaders") are kept as mentions and resolved on demand to the party the article means.
 * <p>
 * Built once per article in steps — lexicon marks ({@link TokenMarks}), name spans ({@link NameSpans}), people
 * ({@link NameClusters}), the roles around names ({@link RoleContext}), the other mentions ({@link MentionFinder}) —
 * then frozen: immutable afterwards, so safe to read from any thread. Role and pronoun resolution
 * ({@link RoleResolver}) and speaker resolution for quotations ({@link SpeakerResolution}) read the frozen index.
 */
public final class ArticlePeople implements SpeakerResolver {

    /**
     * What a mention is. PLACE (a capital, a region, a dateline's place) and SOURCE (a news agency) are never a
     * party to a call: {@link #partyOf} gives null for a place, and a source's party only speaks.
     */
    public enum Kind { NAME, ROLE, OFFICE, STATE, PRONOUN, GROUP, PLACE, SOURCE }

    /** One participant of the article: a person, an office or organisation, or a state. Immutable. */
    public static final class Party {
        private final int id;
        private final String name;
        private final List<String> aliases;
        private final ParticipantKind kind;
        private final String title;
        private final String family;
        private final String organization;
        private final String country;
        private final String countryWhy;
        private final boolean international;
        private final Level level;
        private final String key;

        Party(int id, String name, Set<String> aliases, ParticipantKind kind, String title, String family,
              String organization, String country, String countryWhy, boolean international, Level level, String key) {
            this.id = id;
            this.name = name;
            this.aliases = List.copyOf(aliases);
            this.kind = kind;
            this.title = title;
            this.family = family;
            this.organization = organization;
            this.country = country;
            this.countryWhy = countryWhy;
            this.international = international;
            this.level = level;
            this.key = key;
        }

        public int id() {
            return id;
        }

        public String name() {
            return name;
        }

        public ParticipantKind kind() {
            return kind;
        }

        /** Every spelling the article gives, the name first. */
        public List<String> aliases() {
            return aliases;
        }

        public String title() {
            return title;
        }

        /** The title family ("FOREIGN", "HEAD_OF_STATE", ...), or null. */
        public String family() {
            return family;
        }

        public String organization() {
            return organization;
        }

        /**
         * The ISO 3166 alpha-2 code of the state the party belongs to or acts for ("EU" for EU institutions), read
         * from the article only: a demonym or state before the title ("Russian", "Kenya's"), "X of Ethiopia", an
         * apposition, "his Russian counterpart", a later role that can only mean this person ({@link RoleStates}),
         * an office's state. Null when the article does not say — no outside knowledge fills it in: the party then
         * keeps its {@link #level()} alone and the diplomatic test decides from the other side and the article's
         * {@link ArticlePeople#states()} (a domestic level never makes a call diplomatic; a national office of
         * unknown state counts as foreign only when the article names another state).
         */
        public String country() {
            return country;
        }

        /** Which reading of the article gave the state ("title", "apposition", "role 'the Ethiopian leader'"), or null. */
        public String countryWhy() {
            return countryWhy;
        }

        /** True for international organisations (and their officials): they make any contact diplomatic. */
        public boolean international() {
            return international;
        }

        /**
         * What the party's office makes of it in diplomacy: INTERNATIONAL for international organisations and their
         * officials, LEADER for a state or its government office, a person's level from the title the article gives
         * (sub-national, legislator, party, non-state ones never act for a state), UNKNOWN when the article gives
         * none.
         */
        public Level level() {
            return level;
        }

        public boolean isPerson() {
            return kind == ParticipantKind.PERSON;
        }

        String key() {
            return key;
        }

        public ExtractedParticipant participant() {
            List<String> other = new ArrayList<>();
            for (String a : aliases) {
                if (!a.equals(name)) {
                    other.add(a);
                }
            }
            return new ExtractedParticipant(name, kind, title, organization, country, other);
        }

        @Override
        public String toString() {
            return name + "[" + kind + "," + title + "/" + family + "," + organization + "," + country
                    + (countryWhy == null ? "" : "(" + countryWhy + ")") + (international ? ",intl" : "") + "," + level + "]";
        }
    }

    /**
     * One mention in one sentence: tokens [from, to) of that sentence and characters [start, end) of the article.
     * {@code party} is set for names, offices and states; roles, pronouns and groups are resolved on demand.
     */
    public record Mention(Kind kind, int sentence, int from, int to, int start, int end, String text, Party party,
                          String country, String family, String title, boolean plural) {
    }

    private final AnalyzedText text;
    private final List<TokenMarks> marks;
    private final List<Party> parties;
    private final Map<String, Party> byKey;
    private final List<List<Mention>> bySentence;
    private final List<Mention> names;
    private final Set<String> states;
    private final List<int[]> quoteSpans;
    private final RoleResolver roles;
    private final SpeakerResolution speakers;

    ArticlePeople(AnalyzedText text, Gazetteer gaz, List<TokenMarks> marks, List<Party> parties, Map<String, Party> byKey,
                  List<List<Mention>> bySentence) {
        this.text = text;
        this.marks = List.copyOf(marks);
        this.parties = List.copyOf(parties);
        this.byKey = Map.copyOf(byKey);
        this.bySentence = List.copyOf(bySentence);
        List<Mention> ns = new ArrayList<>();
        for (List<Mention> ms : bySentence) {
            for (Mention m : ms) {
                if (m.kind() == Kind.NAME) {
                    ns.add(m);
                }
            }
        }
        this.names = List.copyOf(ns);
        Set<String> st = new LinkedHashSet<>();
        for (Party p : parties) {
            if (p.country() != null && !"EU".equals(p.country())) {
                st.add(p.country());
            }
        }
        for (List<Mention> ms : bySentence) {
            for (Mention m : ms) {
                if ((m.kind() == Kind.PLACE || m.kind() == Kind.ROLE) && m.country() != null && !"EU".equals(m.country())) {
                    st.add(m.country());
                }
            }
        }
        this.states = java.util.Collections.unmodifiableSet(st);
        this.quoteSpans = QuoteSpans.find(text.text());
        this.roles = new RoleResolver(text, this, names);
        this.speakers = new SpeakerResolution(this, roles, gaz);
    }

    /** Indexes one analysed article. */
    public static ArticlePeople index(AnalyzedText text) {
        IndexDraft d = new IndexDraft(text, Gazetteer.shared());
        NameClusters.run(d, NameSpans.find(text, d.marks));
        d.sortMentions();
        NameRoles.annotate(d);
        MentionFinder.run(d);
        KnownPeople.apply(d);
        RoleStates.apply(d);
        d.sortMentions();
        return d.freeze();
    }

    public AnalyzedText text() {
        return text;
    }

    public List<Party> parties() {
        return parties;
    }

    /**
     * Every state the article names or gives someone, as ISO codes: the parties' states, then those of places
     * (capitals, regions, datelines) and roles ("the President of Kazakhstan"), the EU aside. What the diplomatic test reads when a side's own
     * state is not given.
     */
    public Set<String> states() {
        return states;
    }

    /** The mentions of one sentence, in text order. */
    public List<Mention> mentions(int sentence) {
        return sentence >= 0 && sentence < bySentence.size() ? bySentence.get(sentence) : List.of();
    }

    /** Every person mention (by name) of the article, first to last. */
    public List<Mention> nameMentions() {
        return names;
    }

    /** True when the character offset lies inside quotation marks. */
    public boolean inQuote(int offset) {
        for (int[] q : quoteSpans) {
            if (offset >= q[0] && offset < q[1]) {
                return true;
            }
        }
        return false;
    }

    /** The first token of a mention's words including the title and country words before a name. */
    public int contextStart(Mention mt) {
        if (mt.kind() != Kind.NAME) {
            return mt.from();
        }
        return RoleContext.left(marks.get(mt.sentence()), mt.from(), mt.to()).from();
    }

    /** The party a mention stands for (names, offices, states directly; roles and pronouns resolved), or null. */
    public Party partyOf(Mention m) {
        return roles.partyOf(m);
    }

    /**
     * The person a role reference means (same country when given, compatible title family), nearest before the
     * offset, else the first after it; null when none fits.
     */
    public Party resolveRole(String country, String family, String titleWords, int offset, Party exclude) {
        return roles.role(country, family, titleWords, offset, exclude);
    }

    /** As {@link #resolveRole(String, String, String, int, Party)}, never any of {@code exclude}. */
    public Party resolveRoleExcept(String country, String family, String titleWords, int offset, Set<Party> exclude) {
        return roles.roleExcept(country, family, titleWords, offset, exclude);
    }

    /**
     * The one person of a state the article names without an office, or null when it names none or several: whom
     * "the presidents of the two countries" can mean for that state when nobody of it is titled.
     */
    public Party soleUntitledOf(String country) {
        Party only = null;
        for (Party p : parties) {
            if (p.isPerson() && country.equals(p.country())) {
                if (only != null || p.family() != null) {
                    return null;
                }
                only = p;
            }
        }
        return only;
    }

    /**
     * The people a group reference ("the two leaders", "both ministers", "they") stands for, in the order named,
     * or an empty list when the article does not settle it ({@link RoleResolver#group}).
     */
    public List<Party> groupOf(Mention m) {
        return roles.group(m);
    }

    /** The person a pronoun at the offset most likely means, or null ({@link RoleResolver#personBefore}). */
    public Party personBefore(int offset) {
        return roles.personBefore(offset);
    }

    /** The person whose surname key matches, or null. */
    public Party personNamed(String name) {
        String k = Names.surnameKey(name);
        return k.isEmpty() ? null : byKey.get("P:" + k);
    }

    Party partyByKey(String key) {
        return byKey.get(key);
    }

    @Override
    public ExtractedParticipant resolve(String speakerText, int offset) {
        return speakers.resolve(speakerText, offset);
    }

    /** The party the words mean, or null when they name nobody the index knows. */
    public Party resolveParty(String words, int offset) {
        return speakers.party(words, offset);
    }
}
