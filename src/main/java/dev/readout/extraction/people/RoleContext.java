package dev.readout.extraction.people;

import dev.readout.extraction.AnalyzedText.Token;
import dev.readout.lexicon.Gazetteer;
import dev.readout.lexicon.PersonWords;
import dev.readout.lexicon.Titles;

import java.util.Set;
import java.util.function.IntPredicate;

import static dev.readout.lexicon.PersonWords.Class.DETERMINER;
import static dev.readout.lexicon.PersonWords.Class.HONORIFIC;

/**
 * The title, organisation and country the words around a name give it: before it ("US Secretary of State Antony
 * Blinken", "Toyota President Koji Sato", "Ontario Premier Doug Ford") and in an apposition after it ("Dana Whitfield,
 * the US Secretary of State,"). A region or a company qualifying the title makes the office sub-national or
 * non-state.
 */
final class RoleContext {

    /**
     * What the words around a name say. {@code from} is the first context token before the name (left) or
     * {@code to} the end of an apposition after it (right); {@code plural} when the title names several holders
     * ("actors Cillian Murphy and Daniel Craig"), {@code nonState} when a company or club qualifies it.
     */
    record Reading(String title, String family, String country, String org, String orgCountry, boolean intl,
                   boolean plural, boolean nonState, int from, int to) {

        boolean empty() {
            return title == null && country == null && org == null;
        }
    }

    private static final Set<String> CLOSERS = Set.of(",", ".", ";", ")", ":", "—", "–");

    private RoleContext() {
    }

    /** The words being read, filled in as the reader walks. */
    private static final class Acc {
        String title, family, country, org, orgCountry;
        boolean intl;
        /** a sub-national unit or a non-state organisation qualifies the title ("Ontario Premier", "Toyota President") */
        boolean region, nonState, plural;

        /** The family a qualifier makes of the title: a premier of a province is sub-national, a company's president non-state. */
        void qualify() {
            if (family == null || Titles.level(family).domestic()) {
                return;
            }
            if (region) {
                family = "SUBNATIONAL";
            } else if (nonState && !intl && orgCountry == null && country == null) {
                family = "NONSTATE";
            }
        }

        Reading reading(int from, int to) {
            return new Reading(title, family, country, org, orgCountry, intl, plural, nonState, from, to);
        }
    }

    /** The title and country words before the name at tokens [nameFrom, nameTo), walking left. */
    static Reading left(TokenMarks m, int nameFrom, int nameTo) {
        Acc c = new Acc();
        int j = nameFrom - 1;
        int titleEnd = -1, titleBegin = -1;
        boolean apposition = false;
        while (j >= 0 && !m.inDateline(j)) {
            String w = m.word(j);
            Token tok = m.token(j);
            if (m.inTitle(j) && !(m.inGaz(j) && m.gazStart(j) < m.titleStart(j))) {
                int s = m.titleStart(j);
                if (titleEnd < 0 || titleBegin == j + 1) {
                    if (titleEnd < 0) {
                        titleEnd = j + 1;
                    }
                    titleBegin = s;
                }
                Titles.Title t = m.titleAt(s);
                if (c.family == null) {
                    c.plural = t.plural();
                }
                if (c.family == null || "MINISTER".equals(c.family) || "COUNTERPART".equals(c.family) && !"MINISTER".equals(t.family())) {
                    if (!"MILITARY".equals(t.family()) || c.family == null) {
                        c.family = t.family();
                    }
                }
                j = s - 1;
            } else if (m.inGaz(j) && hostOfEnvoy(m, m.gazStart(j))) {
                // "US Ambassador to India Eric Garcetti": India receives him, the state before the title sends him
                Gazetteer.Match g = m.gazCovering(j);
                if (titleEnd < 0) {
                    titleEnd = g.end();
                }
                int envoy = envoyTitleEnd(m, g.start());
                titleBegin = envoy + 1;
                j = envoy; // on to the title itself ("designate" and "to the" skipped)
            } else if (titleEnd < 0 && envoyToTheCountry(m, j) >= 0) {
                // "the Russian Ambassador to the country, X": the host is the state the article is about; the title
                // is the envoy's and the state before it sends him
                titleEnd = j + 1;
                j = envoyToTheCountry(m, j);
                titleBegin = j + 1;
            } else if (m.inGaz(j)) {
                Gazetteer.Match g = m.gazCovering(j);
                Gazetteer.Entry inst = g.institution();
                if (inst != null) {
                    if (c.org == null) {
                        c.org = m.join(g.start(), g.end());
                        c.orgCountry = inst.country();
                        c.intl |= inst.type() == Gazetteer.Type.INTL;
                    }
                } else if (c.country == null && g.stateCode() != null) {
                    c.country = g.stateCode();
                } else if (g.stateCode() == null && g.regionCode() != null && titleEnd > 0 && titleBegin == g.end()
                        && c.country == null) {
                    // "Ontario Premier", "Tamil Nadu Chief Minister": the region qualifies the title it stands before
                    c.region = true;
                    c.country = g.regionCode();
                }
                if (titleBegin == g.end() && titleEnd > 0) {
                    titleBegin = g.start() + (inst != null ? 0 : g.end() - g.start()); // an office is part of the title words only when inside it
                }
                j = g.start() - 1;
            } else if (PersonWords.is(PersonWords.Class.TITLE_MODIFIER, w) && titleBegin == j + 1) {
                titleBegin = j; // "Deputy High Commissioner", "Acting President": part of the title's words
                j--;
            } else if ("MISC".equals(tok.ner()) && Names.isCapitalised(w) && titleBegin == j + 1) {
                j--; // a demonym the gazetteer lacks ("Tanzanian President"): part of the title words, country unknown
            } else if ("ORGANIZATION".equals(tok.ner()) && Names.isCapitalised(w) && titleBegin == j + 1
                    && c.org == null && c.country == null) {
                // "Toyota President Akio Toyoda": an organisation the gazetteer does not know and whose words say
                // nothing of a government ("Foreign Affairs Cabinet", "Defence Forces", "State") is no government
                int k = j;
                while (k > 0 && "ORGANIZATION".equals(m.token(k - 1).ner())) {
                    k--;
                }
                c.org = m.join(k, j + 1);
                c.nonState = !governmentWords(m, k, j + 1);
                j = k - 1;
            } else if (m.word(j).equals(",") && titleEnd > 0 && titleBegin == j + 1 && j > 0 && m.inTitle(j - 1)
                    && "COUNTERPART".equals(m.titleAt(m.titleStart(j - 1)).family())) {
                j--; // "his Tongan counterpart, Prime Minister X": the counterpart phrase gives the country
            } else if (skippable(m, j, nameFrom, nameTo)) {
                apposition |= m.word(j).equals(",");
                String lw = w.toLowerCase(java.util.Locale.ROOT);
                boolean det = PersonWords.is(DETERMINER, lw);
                if (det && !lw.equals("the") && !lw.equals("his") && !lw.equals("her") && !lw.equals("its")) {
                    break;
                }
                j--;
                if (det && !(lw.equals("the") && j + 2 < nameFrom && PersonWords.is(HONORIFIC, m.word(j + 2)))) {
                    break; // but "Prime Minister the Hon X": the article belongs to the honorific, the title goes on
                }
            } else {
                break;
            }
        }
        if (apposition && titleEnd < 0) {
            return new Acc().reading(nameFrom, -1); // "In Russia, Putin, who ...": a place before a comma is no title
        }
        if (commaBeforeName(m, nameFrom) && !closedAfter(m, nameTo) && !opensTheSentence(j)) {
            // "after meeting the Chinese foreign minister, Jaishankar left": a title before a comma is the name's only
            // when the two are closed off together or the title opens the sentence ("Iranian Ambassador to
            // Ethiopia, X expressed joy")
            return new Acc().reading(nameFrom, -1);
        }
        if (titleEnd > 0) {
            c.title = m.join(Math.max(0, titleBegin), titleEnd).replace(" ’s", "’s").replace(" 's", "'s");
        }
        c.qualify();
        return c.reading(j + 1, -1);
    }

    /** Whether the walk left of a title reached the sentence's start (an opening article is walked over too). */
    private static boolean opensTheSentence(int before) {
        return before < 0;
    }

    private static boolean commaBeforeName(TokenMarks m, int nameFrom) {
        return nameFrom > 0 && m.word(nameFrom - 1).equals(",");
    }

    /**
     * Where the envoy's title ends when the token is the host noun of "Ambassador to the country", else -1.
     */
    private static int envoyToTheCountry(TokenMarks m, int j) {
        // the nouns that stand for a state ("country", "nation", "kingdom"): the lexicon's STATE_NOUN
        if (j < 3 || !PersonWords.is(PersonWords.Class.STATE_NOUN, m.word(j).toLowerCase(java.util.Locale.ROOT))
                || !m.word(j - 1).equalsIgnoreCase("the") || !m.word(j - 2).equals("to")) {
            return -1;
        }
        Titles.Title t = m.titleCovering(j - 3);
        return t != null && "AMBASSADOR".equals(t.family()) ? j - 3 : -1;
    }

    /** A state right after "to" that follows an envoy's title: the host, not the envoy's own state. */
    private static boolean hostOfEnvoy(TokenMarks m, int stateStart) {
        return envoyTitleEnd(m, stateStart) >= 0;
    }

    /**
     * Where the envoy's title ends (its last token) when the state at stateStart is the host of an envoy ("Ambassador
     * to Kenya", "ambassador to the United States", "Ambassador designate to the US"), else -1.
     */
    private static int envoyTitleEnd(TokenMarks m, int stateStart) {
        Gazetteer.Match g = m.gazAt(stateStart);
        if (g == null || g.stateCode() == null || g.institution() != null) {
            return -1;
        }
        int to = stateStart - 1;
        if (to >= 0 && m.word(to).equalsIgnoreCase("the")) {
            to--;
        }
        if (to < 1 || !m.word(to).equals("to")) {
            return -1;
        }
        int title = to - 1;
        if (title >= 1 && m.word(title).equalsIgnoreCase("designate")) {
            title--;
        }
        Titles.Title t = m.titleCovering(title);
        return t != null && "AMBASSADOR".equals(t.family()) ? title : -1;
    }

    private static boolean governmentWords(TokenMarks m, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PersonWords.is(PersonWords.Class.GOVERNMENT_BODY, m.word(i)) || m.inGaz(i) || m.inTitle(i)) {
                return true;
            }
        }
        return false;
    }

    /** Honorifics, possessives, "of", determiners and punctuation that may sit between a title and its name. */
    private static boolean skippable(TokenMarks m, int j, int nameFrom, int nameTo) {
        String w = m.word(j);
        String lw = w.toLowerCase(java.util.Locale.ROOT);
        return PersonWords.is(HONORIFIC, lw) || m.token(j).pos().equals("POS") || lw.equals("of") && j > 0
                || j == nameFrom - 1 && j > 0 && w.matches("[A-Z]\\.?") && PersonWords.is(HONORIFIC, m.word(j - 1)) // "Dr S Jaishankar"
                || PersonWords.is(DETERMINER, lw) || lw.equals("-") || lw.equals("(") || lw.equals(")") || w.equals("EU")
                || lw.equals(",") && j == nameFrom - 1 && j > 0 && (m.inTitle(j - 1) || m.inGaz(j - 1)
                || envoyToTheCountry(m, j - 1) >= 0);
    }

    /**
     * "The Foreign Minister, Subrahmanyam Jaishankar, said": a title and a name in apposition are closed by a comma
     * or the sentence's end; in "after meeting the Chinese foreign minister, Jaishankar left" the title is not his.
     */
    private static boolean closedAfter(TokenMarks m, int nameTo) {
        if (nameTo + 1 < m.size() && m.word(nameTo).equals(",") && (m.word(nameTo + 1).equalsIgnoreCase("and")
                || m.word(nameTo + 1).equalsIgnoreCase("or"))) {
            return false; // "receives Prime Minister of Malaysia, John Kerry, and ...": a list, not an apposition
        }
        // "held talks with U.S. Secretary of State, Mike Pompeo on regional issues": a preposition of the clause closes
        // the apposition as punctuation does ("of" continues the name's own phrase)
        return nameTo >= m.size() || CLOSERS.contains(m.word(nameTo))
                || m.token(nameTo).pos().equals("IN") && !m.word(nameTo).equalsIgnoreCase("of");
    }

    /** "X of Austria", or an apposition closed by punctuation: "X, the Foreign Minister of Austria,". */
    static Reading right(TokenMarks m, int nameTo, IntPredicate named) {
        Acc c = new Acc();
        int n = m.size();
        int j = nameTo;
        if (j < n && m.word(j).equals("of") && j + 1 < n && m.gazStart(j + 1) == j + 1) {
            Gazetteer.Match g = m.gazAt(j + 1);
            if (g.stateCode() != null) {
                c.country = g.stateCode();
            }
            return c.reading(-1, -1);
        }
        if (j < n && m.word(j).equals(",")) {
            int k = j + 1;
            if (k < n && (m.word(k).equalsIgnoreCase("the") || m.word(k).equalsIgnoreCase("a"))) {
                k++;
            }
            while (k < n && PersonWords.is(PersonWords.Class.TITLE_MODIFIER, m.word(k))) {
                k++; // ", Deputy High Commissioner,", ", the former Prime Minister,"
            }
            int titleFrom = -1, titleTo = -1;
            while (k < n) {
                if (m.titleStart(k) == k) {
                    Titles.Title t = m.titleAt(k);
                    if (titleFrom < 0) {
                        titleFrom = k;
                        c.family = t.family();
                        c.plural = t.plural();
                    }
                    titleTo = k + t.length();
                    k += t.length();
                } else if (titleFrom >= 0 && m.word(k).equals("to") && k + 1 < n && m.gazStart(k + 1) == k + 1
                        && hostOfEnvoy(m, k + 1)) {
                    titleTo = m.gazAt(k + 1).end(); // ", the US Ambassador to India,": the host is no state of his
                    k = titleTo;
                } else if (m.gazStart(k) == k) {
                    Gazetteer.Match g = m.gazAt(k);
                    if (g.institution() != null) {
                        c.org = c.org == null ? m.join(g.start(), g.end()) : c.org;
                        c.orgCountry = g.institution().country();
                        c.intl |= g.institution().type() == Gazetteer.Type.INTL;
                    } else if (c.country == null && g.stateCode() != null) {
                        c.country = g.stateCode();
                    } else if (g.stateCode() == null && g.regionCode() != null && titleFrom >= 0) {
                        c.region = true;
                        c.country = c.country == null ? g.regionCode() : c.country;
                    }
                    if (titleFrom >= 0) {
                        titleTo = g.end();
                    }
                    k = g.end();
                } else if (titleFrom >= 0 && "ORGANIZATION".equals(m.token(k).ner()) && k > 0 && m.word(k - 1).equals("of")) {
                    int e = k;
                    while (e < n && "ORGANIZATION".equals(m.token(e).ner())) {
                        e++;
                    }
                    c.org = c.org == null ? m.join(k, e) : c.org;
                    c.nonState = !governmentWords(m, k, e);
                    k = e;
                } else if (m.word(k).equals("of") || m.word(k).equals("the") || m.token(k).pos().equals("POS")) {
                    k++;
                } else {
                    break;
                }
            }
            boolean closed = k >= n || CLOSERS.contains(m.word(k));
            if (titleFrom >= 0 && closed && !(k + 1 < n && named.test(k + 1))) {
                c.title = m.join(titleFrom, titleTo);
                c.qualify();
                return c.reading(-1, k);
            }
            return new Acc().reading(-1, -1);
        }
        return c.reading(-1, -1);
    }
}
