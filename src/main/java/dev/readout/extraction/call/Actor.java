package dev.readout.extraction.call;

import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.people.ArticlePeople.Party;
import dev.readout.lexicon.Level;
import dev.readout.lexicon.Titles;
import dev.readout.participant.ParticipantKind;

/**
 * Stage 3: a party of a call typed for the diplomatic test: the state it acts for (ISO 3166 alpha-2, or null when
 * the article does not say), whether it is an international organisation or one of its officials, and the level of
 * its office. A role the article never ties to a name stays a party written "?role" ("?Russian counterpart").
 *
 * @param key   the article-level identity of the party (people-index id, or the role words)
 */
public record Actor(String key, ExtractedParticipant participant, String state, boolean international, Level level) {

    public static Actor of(Party p) {
        ExtractedParticipant x = p.participant();
        if (p.kind() == ParticipantKind.COUNTRY && p.country() != null) {
            // a state goes by the fullest of the names the article gives it ("the United States" over "U.S."), not
            // by the capital or adjective it happened to use first; by the table's name when it gives none
            dev.readout.lexicon.Gazetteer g = dev.readout.lexicon.Gazetteer.shared();
            String name = java.util.stream.Stream.concat(java.util.stream.Stream.of(x.name()), x.aliases().stream())
                    .map(f -> g.stateName(f, p.country())).filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.comparingInt(String::length)).orElse(g.countryName(p.country()));
            if (name != null && !name.equals(x.name())) {
                java.util.List<String> aliases = new java.util.ArrayList<>(x.aliases());
                aliases.add(x.name());
                x = new ExtractedParticipant(name, x.kind(), x.title(), x.organization(), x.country(), aliases);
            }
        }
        return new Actor("p" + p.id(), x, p.country(), p.international(), p.level());
    }

    /**
     * A named person met here through a role ("The Secretary-General spoke ..." of "Ban Ki-moon, Former
     * Secretary-General"): when the article gave the person no office the index could read, the role types them. A
     * secretary-general of no state heads an international organisation.
     */
    public static Actor inRole(Party p, String family, String country) {
        Actor a = of(p);
        if (a.level() != Level.UNKNOWN || family == null || a.state() != null || a.international()) {
            return a;
        }
        return new Actor(a.key(), a.participant(), country, headsOrganisation(family, country), roleLevel(family, country));
    }

    /** A role the article never names ("his Russian counterpart"): typed from its own words. */
    public static Actor unnamedRole(String words, String country, String family) {
        String name = "?" + words.replaceFirst("(?i)^(the|his|her|its|their|a|an)\\s+", "");
        ExtractedParticipant x = new ExtractedParticipant(name, ParticipantKind.PERSON, null, null, country, java.util.List.of());
        return new Actor("?" + name.toLowerCase(java.util.Locale.ROOT), x, country, headsOrganisation(family, country),
                roleLevel(family, country));
    }

    /** A secretary-general of no state ("the Secretary-General" of a UN readout) heads an international organisation. */
    private static boolean headsOrganisation(String family, String country) {
        return "SECGEN".equals(family) && country == null;
    }

    private static Level roleLevel(String family, String country) {
        return headsOrganisation(family, country) ? Level.INTERNATIONAL : Titles.level(family);
    }

    public boolean named() {
        return !key.startsWith("?");
    }

    public String name() {
        return participant.name();
    }

    @Override
    public String toString() {
        return name() + "[" + (state == null ? "?" : state) + (international ? ",intl" : "") + "," + level + "]";
    }
}
