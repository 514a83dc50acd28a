package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.extraction.people.ArticlePeople.Kind;
import dev.readout.extraction.people.IndexDraft.Pending;
import dev.readout.extraction.people.RoleContext.Reading;

import java.util.List;

/**
 * Gives each name mention, and its person, the role its words say ({@link RoleContext}): the title before the name
 * or in an apposition after it, with its state or organisation. Two readings carry over between names: a plural
 * title before a list is each listed person's ("actors Cillian Murphy and Daniel Craig", "Foreign Ministers A and
 * B"), and "his Russian counterpart X" holds the office of the person whose counterpart X is.
 */
final class NameRoles {

    private NameRoles() {
    }

    static void annotate(IndexDraft d) {
        for (int si = 0; si < d.mentions.size(); si++) {
            List<Pending> ms = d.mentions.get(si);
            Reading listed = null; // the plural title of the list the previous name belongs to
            Reading company = null; // the previous name's title, when a company or club qualifies it
            int prevTo = -1;
            for (int k = 0; k < ms.size(); k++) {
                Pending mt = ms.get(k);
                if (!ownWords(d, mt)) {
                    continue;
                }
                TokenMarks m = d.marks.get(si);
                boolean[] named = d.named.get(si);
                Reading left = RoleContext.left(m, mt.from(), mt.to());
                Reading right = RoleContext.right(m, mt.to(), i -> named[i]);
                boolean inList = inList(m, prevTo, Math.min(mt.from(), Math.max(0, left.from())));
                if (left.empty() && listed != null && inList) {
                    left = listed;
                } else if (inList && company != null && left.title() != null && left.country() == null && left.org() == null) {
                    left = ofCompany(left, company); // "BCCI president Sourav Ganguly and secretary Jay Shah"
                }
                listed = left.plural() ? left : inList && left == listed ? listed : null;
                company = left.nonState() && left.org() != null ? left : null;
                prevTo = mt.to();
                ms.set(k, apply(d, mt, left, right, counterpartOf(d, ms, k)));
            }
        }
    }

    /** A mention with words of its own: not a surname cut from a glued token ("Bennett" of "Bennettflew"). */
    private static boolean ownWords(IndexDraft d, Pending mt) {
        List<Token> toks = d.tokens(mt.sentence());
        return mt.kind() == Kind.NAME
                && !(mt.from() == mt.to() - 1 && mt.text().length() < toks.get(mt.from()).word().length());
    }

    /** A title read as one more office of the company or club the previous name's title belongs to. */
    private static Reading ofCompany(Reading title, Reading company) {
        String family = dev.readout.lexicon.Titles.level(title.family()).domestic() ? title.family() : "NONSTATE";
        return new Reading(title.title(), family, null, company.org(), null, false, title.plural(), true, title.from(),
                title.to());
    }

    /** "A and B", "A, B": only a comma or "and" between the previous name and this one. */
    private static boolean inList(TokenMarks m, int prevTo, int from) {
        if (prevTo < 0 || from - prevTo != 1) {
            return false;
        }
        String w = m.word(prevTo);
        return w.equals(",") || w.equalsIgnoreCase("and");
    }

    /** The person named before in the sentence whose office a "counterpart" shares: the nearest with a title. */
    private static PartyDraft counterpartOf(IndexDraft d, List<Pending> ms, int k) {
        for (int j = k - 1; j >= 0; j--) {
            PartyDraft p = ms.get(j).party();
            if (ms.get(j).kind() == Kind.NAME && p != null && p != ms.get(k).party() && p.family != null) {
                return p;
            }
        }
        return null;
    }

    private static Pending apply(IndexDraft d, Pending mt, Reading left, Reading right, PartyDraft counterpartOf) {
        String title = left.title() != null ? left.title() : right.title();
        String family = left.title() != null ? left.family() : right.family();
        if ("COUNTERPART".equals(family) && right.title() != null) {
            title = right.title();
            family = right.family();
        }
        if ("COUNTERPART".equals(family) && counterpartOf != null) {
            // "Foreign Minister Jaishankar met his Russian counterpart Sergei Lavrov": Lavrov holds Russia's foreign
            // ministry, whatever its title there
            title = null;
            family = counterpartOf.family;
        }
        String country = left.country() != null ? left.country() : right.country();
        String why = left.country() != null ? "before the name" : right.country() != null ? "after the name" : null;
        String org = left.org() != null ? left.org() : right.org();
        if (country == null && left.orgCountry() != null) {
            country = left.orgCountry();
            why = "office";
        }
        if (country == null && right.orgCountry() != null) {
            country = right.orgCountry();
            why = "office";
        }
        mt.party().role(title, family, org, country, left.intl() || right.intl(), why);
        boolean[] context = d.context.get(mt.sentence());
        for (int i = Math.max(0, left.from()); i < mt.from(); i++) {
            context[i] = true;
        }
        for (int i = mt.to(); i < right.to(); i++) {
            context[i] = true; // the apposition is the name's: ", the President of Ethiopia," makes no role of its own
        }
        return new Pending(mt.kind(), mt.sentence(), mt.from(), mt.to(), mt.start(), mt.end(), mt.text(), mt.party(),
                country, family, title, false);
    }
}
