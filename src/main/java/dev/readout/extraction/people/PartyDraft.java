package dev.readout.extraction.people;

import dev.readout.lexicon.Level;
import dev.readout.lexicon.Titles;
import dev.readout.participant.ParticipantKind;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A party while the index is being built: its spellings gather and its role fills in as mentions are read, then it
 * is frozen into an immutable {@link ArticlePeople.Party}.
 */
final class PartyDraft {

    final int id;
    final ParticipantKind kind;
    final String key;
    String name;
    int nameWords;
    final Set<String> aliases = new LinkedHashSet<>();
    /** how often each spelling is written: of equally full forms, the commoner wins ("Volodymyr" over a "Volodymr" slip) */
    private final Map<String, Integer> written = new HashMap<>();
    String title;
    String family;
    String organization;
    String country;
    /** which reading gave the country, for the trace ("title", "apposition", "role 'the Ethiopian leader'") */
    String countryWhy;
    boolean international;
    /** a news agency: it reports and speaks, never holds a call */
    boolean source;
    /** called the leader of a state ("North Korean leader Kim Jong Un"): a title that names no office but the top one */
    boolean stateLeader;

    PartyDraft(int id, String name, ParticipantKind kind, String key) {
        this.id = id;
        this.name = name;
        this.nameWords = name.split("\\s+").length;
        this.kind = kind;
        this.key = key;
        aliases.add(name);
        written.put(name, 1);
    }

    boolean isPerson() {
        return kind == ParticipantKind.PERSON;
    }

    /**
     * Another spelling; the one with the most words becomes the name (the fullest form the text gives), and of
     * equally full ones the most written.
     */
    void addName(String n) {
        aliases.add(n);
        int count = written.merge(n, 1, Integer::sum);
        int w = n.split("\\s+").length;
        if (w > nameWords || w == nameWords && count > written.getOrDefault(name, 0)) {
            name = n;
            nameWords = w;
        }
    }

    /**
     * What one mention says of the party's role. The first title wins, except that a specific title replaces the
     * generic "Minister"; "counterpart" and "leader" say nothing of the office. Organisation and country: first wins.
     */
    void role(String t, String fam, String org, String c, boolean intl, String why) {
        if ("LEADER".equals(fam) && c != null) {
            stateLeader = true;
        }
        if (t == null && fam != null && family == null && !"COUNTERPART".equals(fam) && !"LEADER".equals(fam)) {
            family = fam; // an office known by inference ("his Russian counterpart"), its title not given
        }
        if (t != null && fam != null && !"COUNTERPART".equals(fam) && !"LEADER".equals(fam)
                && (title == null || "MINISTER".equals(family) && !"MINISTER".equals(fam))) {
            title = t;
            family = fam;
        }
        if (org != null && organization == null) {
            organization = org;
        }
        if (c != null && country == null) {
            country = c;
            countryWhy = why;
        }
        international |= intl;
    }

    /**
     * What the party's office makes of it in diplomacy. International organisations and their officials are
     * INTERNATIONAL; a state, or an office of one, acts for its state at the top; a news agency is no actor; a person
     * has the level of the title family the article gives, LEADER when called a state's leader, else UNKNOWN — the
     * diplomatic test then decides from the rest of the article.
     */
    Level level() {
        if (international) {
            return Level.INTERNATIONAL;
        }
        if (source) {
            return Level.NONSTATE;
        }
        switch (kind) {
            case COUNTRY:
                return Level.LEADER;
            case ORGANIZATION:
                return country != null ? Level.LEADER : Level.UNKNOWN;
            default:
                Level l = Titles.level(family);
                return l == Level.UNKNOWN && stateLeader ? Level.LEADER : l;
        }
    }

    ArticlePeople.Party freeze() {
        return new ArticlePeople.Party(id, name, aliases, kind, title, family, organization, country, countryWhy,
                international, level(), key);
    }
}
