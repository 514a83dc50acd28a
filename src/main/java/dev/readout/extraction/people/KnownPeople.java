package dev.readout.extraction.people;

import dev.readout.lexicon.KnownActors;
import dev.readout.lexicon.KnownActors.Known;
import dev.readout.lexicon.Level;
import dev.readout.lexicon.Titles;

/**
 * Gives a person the article leaves without a state the one the actor dictionary knows for that name on the article's
 * day ("Erdogan and Putin discussed Syria" in a story that never says "Turkish"), and a person it gives a state but no
 * office the office the dictionary knows when the states agree ("Iran's Hossein Amir-Abdollahian" is its foreign
 * minister, whom "the foreign ministers of Iran and Saudi Arabia" then mean). Runs after the article's own words
 * are read and before role references pick their holders, so the text always wins and a known holder is not taken
 * for another state's "leader". A person the article gives a sub-national, legislative, party or business office is
 * left alone: a namesake, or the same person before or after national office.
 */
final class KnownPeople {

    private KnownPeople() {
    }

    static void apply(IndexDraft d) {
        for (PartyDraft p : d.parties) {
            if (!p.isPerson() || p.country != null && p.family != null || p.international || p.source
                    || p.family != null && (Titles.level(p.family).domestic()
                    || Titles.level(p.family) == Level.NONSTATE)) {
                continue;
            }
            Known k = KnownActors.shared().lookup(p.aliases, d.text.publishedOn());
            if (k == null || p.country != null && !p.country.equals(k.country())) {
                continue; // the article says another state: a namesake
            }
            boolean intl = "XX".equals(k.country()) || "EU".equals(k.country());
            String why = "known actor" + (k.name() != null ? " '" + k.name() + "'" : "");
            p.role(null, k.family(), null, "XX".equals(k.country()) ? null : k.country(), intl, why);
            if (p.countryWhy == null) {
                p.countryWhy = why;
            }
        }
    }
}
