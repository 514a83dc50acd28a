package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText;
import dev.readout.extraction.AnalyzedText.Sentence;
import dev.readout.extraction.people.ArticlePeople.Kind;
import dev.readout.extraction.people.ArticlePeople.Mention;
import dev.readout.extraction.people.ArticlePeople.Party;
import dev.readout.lexicon.Level;
import dev.readout.lexicon.PersonWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.readout.lexicon.PersonWords.Class.MONARCH;

/**
 * Who a role reference or a pronoun means, over the finished index: "the Ukrainian president" is the nearest person
 * of that state and title family named before it (else the first after it); "the Kremlin spokesman" the spokesperson
 * of that office; "he" the nearest person named before it. Null when nobody fits: the reference stays unresolved.
 */
final class RoleResolver {

    private final AnalyzedText text;
    private final ArticlePeople people;
    private final List<Mention> names;

    RoleResolver(AnalyzedText text, ArticlePeople people, List<Mention> names) {
        this.text = text;
        this.people = people;
        this.names = names;
    }

    /** The party a mention stands for (names, offices, states directly; roles and pronouns resolved), or null. */
    Party partyOf(Mention m) {
        switch (m.kind()) {
            case NAME, OFFICE, STATE, SOURCE:
                return m.party();
            case ROLE:
                if (m.plural()) {
                    return null;
                }
                if ("SPOKES".equals(m.family()) && m.title() != null) {
                    Party p = spokesperson(m.title(), m.country(), m.start());
                    if (p != null) {
                        return p;
                    }
                }
                if ("COUNTERPART".equals(m.family())) {
                    Party p = counterpartNamedAfter(m);
                    if (p == null) {
                        p = counterpartOf(personBefore(m.start()), m.country(), m.start());
                    }
                    if (p != null || m.country() == null) {
                        return p; // with no state given, the nearest person would be the one whose counterpart it is
                    }
                }
                return role(m.country(), m.family(), m.title(), m.start(), null);
            case PRONOUN:
                return personBefore(m.start());
            default:
                return null;
        }
    }

    /**
     * "X met his counterpart from the Republic of Ecuador, Guillermo Lasso": a counterpart is someone else than the
     * people named before it in its sentence (it is theirs), so the first person named after it in the sentence, not
     * named before it there, is the one meant. Null when the sentence names nobody after it.
     */
    private Party counterpartNamedAfter(Mention role) {
        java.util.Set<Party> before = new java.util.HashSet<>();
        for (Mention n : names) {
            if (n.sentence() == role.sentence() && n.start() < role.start()) {
                before.add(n.party());
            }
        }
        for (Mention n : names) {
            if (n.sentence() == role.sentence() && n.start() > role.start() && n.party().isPerson()
                    && !before.contains(n.party()) && (role.country() == null || role.country().equals(n.party().country()))) {
                return n.party();
            }
        }
        return null;
    }

    /**
     * "Kenyatta met with his newly-elected counterpart": a counterpart holds the same rank as its owner (the person
     * named just before, whom "his" means) in another state, so it is the nearest person of the owner's level whose
     * state is known and is not the owner's (and is the role's own state when it gives one). Null when nobody fits or
     * the owner's state is not known (then "another state" cannot be told).
     */
    private Party counterpartOf(Party owner, String country, int offset) {
        if (owner == null || owner.country() == null) {
            return null;
        }
        return nearest(p -> p != owner && p.isPerson() && p.country() != null && !p.country().equals(owner.country())
                && (country == null || country.equals(p.country())) && p.level() == owner.level(), offset);
    }

    /** The person named nearest the offset (before it first) who passes the test, or null. */
    private Party nearest(java.util.function.Predicate<Party> test, int offset) {
        Party best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Mention n : names) {
            Party p = n.party();
            if (!test.test(p)) {
                continue;
            }
            int d = distance(n, offset);
            if (d < bestDist) {
                bestDist = d;
                best = p;
            }
        }
        return best;
    }

    /** Distance for choosing among candidates: any mention before the offset beats every mention after it. */
    private static int distance(Mention m, int offset) {
        return m.start() <= offset ? offset - m.start() : 1_000_000 + m.start() - offset;
    }

    /**
     * The person a role reference means: same country (when the role gives one), compatible title family (or title
     * words), preferring the nearest mention before {@code offset}, else the first after it. Null when none fits.
     */
    Party role(String country, String family, String titleWords, int offset, Party exclude) {
        return roleExcept(country, family, titleWords, offset, exclude == null ? java.util.Set.of() : java.util.Set.of(exclude));
    }

    /** As {@link #role(String, String, String, int, Party)}, never any of {@code exclude}. */
    Party roleExcept(String country, String family, String titleWords, int offset, java.util.Set<Party> exclude) {
        // "the emir" is the person titled Emir before the nearest King: a holder of the role's own word comes first
        String head = titleWords == null ? null : titleWords.toLowerCase(Locale.ROOT).replaceAll("^.*\\s", "");
        Party best = null;
        Party bestTitled = null;
        int bestDist = Integer.MAX_VALUE;
        int bestTitledDist = Integer.MAX_VALUE;
        for (Mention m : names) {
            Party p = m.party();
            if (exclude.contains(p) || !p.isPerson() || country != null && !country.equals(p.country())
                    || !familyFits(family, titleWords, p.family(), p.title()) && !leaderFits(family, p)) {
                continue;
            }
            int d = distance(m, offset);
            if (d < bestDist) {
                bestDist = d;
                best = p;
            }
            if (head != null && p.title() != null && d < bestTitledDist
                    && java.util.Arrays.asList(p.title().toLowerCase(Locale.ROOT).split("\\s+")).contains(head)) {
                bestTitledDist = d;
                bestTitled = p;
            }
        }
        return bestTitled != null ? bestTitled : best;
    }

    /** A state's leader whose office is not known ("North Korean leader Kim"): what "the president" of it can mean. */
    private static boolean leaderFits(String family, Party p) {
        return p.family() == null && p.level() == Level.LEADER
                && ("HEAD_OF_STATE".equals(family) || "HEAD_OF_GOVERNMENT".equals(family));
    }

    /** The nearest person of a country the text gives no role, or null. */
    Party untitledOf(String country, int offset) {
        return nearest(p -> p.isPerson() && p.family() == null && country.equals(p.country()), offset);
    }

    /**
     * Whether a person of title family {@code pFamily} and title {@code pTitle} can be what a role of {@code family}
     * and words {@code titleWords} names: the same family ("the king" not for a president), a leader for a head of
     * state or government, a generic "minister" for any minister whose title has the word.
     */
    static boolean familyFits(String family, String titleWords, String pFamily, String pTitle) {
        if (family == null || "COUNTERPART".equals(family)) {
            return true;
        }
        if (family.equals(pFamily)) {
            if ("HEAD_OF_STATE".equals(family) && titleWords != null && pTitle != null) {
                // "the king" is not the president: a monarch's title and a president's do not stand for each other
                String tw = titleWords.toLowerCase(Locale.ROOT).replaceAll("^.*\\s", "");
                String pt = pTitle.toLowerCase(Locale.ROOT);
                boolean monarchRole = PersonWords.is(MONARCH, tw);
                boolean monarchPerson = PersonWords.of(MONARCH).stream().anyMatch(pt::contains);
                return monarchRole == monarchPerson;
            }
            return true;
        }
        if ("LEADER".equals(family)) {
            return "HEAD_OF_STATE".equals(pFamily) || "HEAD_OF_GOVERNMENT".equals(pFamily);
        }
        if ("MINISTER".equals(family) && titleWords != null && pTitle != null) {
            String tw = titleWords.toLowerCase(Locale.ROOT).replaceAll("^.*\\s", "");
            return pTitle.toLowerCase(Locale.ROOT).contains(tw);
        }
        return false;
    }

    /** The spokesperson of the office or country the title names ("the Kremlin spokesman"), or null. */
    Party spokesperson(String title, String country, int offset) {
        String low = title.toLowerCase(Locale.ROOT);
        return nearest(p -> "SPOKES".equals(p.family())
                && (p.organization() != null && low.contains(p.organization().toLowerCase(Locale.ROOT))
                || country != null && country.equals(p.country())), offset);
    }

    /**
     * The person a pronoun at the offset most likely means: the nearest person named before it in its own sentence,
     * else the first person (the likely subject) of the closest earlier sentence that names one, up to four back;
     * with nobody before, the next person named in its sentence or the one after. Mentions inside quotations do not
     * count.
     */
    Party personBefore(int offset) {
        int si = -1;
        for (Sentence s : text.sentences()) {
            if (offset >= s.start() && offset < s.end() || s.start() > offset) {
                si = s.index();
                break;
            }
        }
        if (si < 0) {
            si = text.sentences().size() - 1;
        }
        Party best = null;
        for (Mention m : people.mentions(si)) {
            if (m.start() < offset && !people.inQuote(m.start())) {
                Party p = personOf(m);
                if (p != null) {
                    best = p;
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (int j = si - 1; j >= 0 && j >= si - 4; j--) {
            for (Mention m : people.mentions(j)) {
                if (!people.inQuote(m.start())) {
                    Party p = personOf(m);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        // nobody before (a crawl that starts mid-story, "In his meeting with ..., Khamenei said"): the next person named
        for (int j = si; j < text.sentences().size() && j <= si + 3; j++) {
            for (Mention m : people.mentions(j)) {
                if (m.start() > offset && !people.inQuote(m.start())) {
                    Party p = personOf(m);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The people a group reference stands for: "the two leaders", "both ministers", "the pair" are the last two
     * people named before it (within three sentences, quotations aside) whose office fits the head noun; "they" is
     * the two people of the last sentence that names exactly two. Empty when the article does not settle it.
     */
    List<Party> group(Mention m) {
        if (m.kind() != Kind.GROUP) {
            return List.of();
        }
        String words = m.text().toLowerCase(Locale.ROOT);
        int size = 0;
        for (String w : words.split("\\s+")) {
            size = Math.max(size, GROUP_SIZES.getOrDefault(w, 0));
        }
        boolean two = size > 0;
        String head = words.replaceAll("^.*\\s", "");
        List<Party> found = new ArrayList<>();
        for (int si = m.sentence(); si >= 0 && si >= m.sentence() - 3 && (!two || found.size() < size); si--) {
            List<Mention> ms = people.mentions(si);
            List<Party> inSentence = new ArrayList<>();
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention x = ms.get(k);
                Party p = x.kind() == Kind.NAME && (si < m.sentence() || x.start() < m.start())
                        && !people.inQuote(x.start()) ? x.party() : null;
                if (p != null && p.isPerson() && fitsGroup(head, p) && !inSentence.contains(p)) {
                    inSentence.add(p);
                }
            }
            if (!two) {
                // "they": only a sentence that names exactly two people settles who
                if (si < m.sentence() && !inSentence.isEmpty()) {
                    return inSentence.size() == 2 ? List.of(inSentence.get(1), inSentence.get(0)) : List.of();
                }
                continue;
            }
            for (Party p : inSentence) {
                if (found.size() < size && !found.contains(p)) {
                    found.add(p);
                }
            }
        }
        if (found.size() < size) {
            return List.of();
        }
        List<Party> inOrder = new ArrayList<>(found);
        java.util.Collections.reverse(inOrder); // found last-named first; the group in the order named
        return inOrder;
    }

    /** How many a group reference counts: "the two leaders", "both", "the pair", "the three ministers". */
    static final java.util.Map<String, Integer> GROUP_SIZES = java.util.Map.of("two", 2, "both", 2, "pair", 2, "duo", 2,
            "three", 3, "four", 4, "five", 5);

    /** Whether a person can be one of "the leaders", "the ministers", ... (any person for "sides", "men", "pair"). */
    private static boolean fitsGroup(String head, Party p) {
        return switch (head) {
            case "leaders", "presidents", "heads" -> p.level() == Level.LEADER
                    || p.level() == dev.readout.lexicon.Level.UNKNOWN;
            case "ministers", "diplomats", "secretaries" -> p.level() == dev.readout.lexicon.Level.MINISTER
                    || p.level() == dev.readout.lexicon.Level.UNKNOWN;
            default -> true;
        };
    }

    private Party personOf(Mention m) {
        Party p = null;
        if (m.kind() == Kind.NAME) {
            p = m.party();
        } else if (m.kind() == Kind.ROLE && !m.plural()) {
            p = role(m.country(), m.family(), m.title(), m.start(), null);
        }
        return p != null && p.isPerson() ? p : null;
    }
}
