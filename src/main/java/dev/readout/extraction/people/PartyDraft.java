package dev.readout.extraction.people;

import dev.readout.participant.ParticipantKind;

import java.util.LinkedHashSet;
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
    String title;
    String family;
    String organization;
    String country;
    boolean international;

    PartyDraft(int id, String name, ParticipantKind kind, String key) {
        this.id = id;
        this.name = name;
        this.nameWords = name.split("\\s+").length;
        this.kind = kind;
        this.key = key;
        aliases.add(name);
    }

    boolean isPerson() {
        return kind == ParticipantKind.PERSON;
    }

    /** Another spelling; the one with the most words becomes the name (the fullest form the text gives). */
    void addName(String n) {
        aliases.add(n);
        int w = n.split("\\s+").length;
        if (w > nameWords) {
            name = n;
            nameWords = w;
        }
    }

    /**
     * What one mention says of the party's role. The first title wins, except that a specific title replaces the
     * generic "Minister"; "counterpart" and "leader" say nothing of the office. Organisation and country: first wins.
     */
    void role(String t, String fam, String org, String c, boolean intl) {
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
        }
        international |= intl;
    }

    ArticlePeople.Party freeze() {
        return new ArticlePeople.Party(id, name, aliases, kind, title, family, organization, country, international, key);
    }
}
