package dev.readout.participant;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether two name mentions are the same real person, organisation or country, from the names alone.
 *
 * <p>Persons: family names must agree on their transliteration key ({@link PersonName#tokenKey}), or differ by one
 * letter when both keys are long; given names must be compatible (same key, an initial, a familiar form, and middle
 * names may be missing on one side). Also SAME: the same syllables spaced or hyphenated differently or family name
 * first ("Moon Jae In" / "Jae-in Moon"), a patronymic or dynasty name added ("Faisal bin Farhan" / "Faisal bin Farhan
 * Al Saud"), a place glued after the name ("Wang Yi Washington"). A surname-only mention is
 * {@link Relation#SURNAME_ONLY}; a given or middle name spelled slightly differently ("Hossein"/"Hussein") is
 * {@link Relation#SIMILAR}; a family name one letter off ("Blinke"/"Blinken") is {@link Relation#TYPO}. Those three
 * are the same person only when unambiguous among the candidates (and a typo only when role or country agree), which
 * the caller ({@link ParticipantMatcher}, {@link NameGroups}) decides. Organisations compare their words ignoring
 * order and stop words, with country words made codes (a country on one side only fills in), and acronyms ("EU" =
 * "European Union").
 */
public final class NameMatcher {

    /** From strongest to weakest; CONFLICT says two names cannot be one person. */
    public enum Relation { SAME, SIMILAR, TYPO, SURNAME_ONLY, CONFLICT, UNRELATED }

    /** The answer with a reason a person can read. {@code same} is true for SAME and SURNAME_ONLY. */
    public record Verdict(Relation relation, String reason) {
        public boolean same() {
            return relation == Relation.SAME || relation == Relation.SURNAME_ONLY;
        }
    }

    private static final Set<String> ANONYMOUS = Set.of("official", "officials", "source", "sources", "spokesperson",
            "spokesman", "spokeswoman", "aide", "diplomat", "counterpart", "counterparts");
    private static final Set<String> STOP = Set.of("the", "of", "for", "and", "s", "affairs");
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(2);

    private NameMatcher() {
    }

    /** Two person names. */
    public static Verdict sameParticipant(String a, String b) {
        return sameParticipant(a, b, ParticipantKind.PERSON);
    }

    public static Verdict sameParticipant(String a, String b, ParticipantKind kind) {
        if (a == null || b == null) {
            return new Verdict(Relation.UNRELATED, "no name");
        }
        if (VERDICTS.size() > 100_000) {
            VERDICTS.clear();
        }
        return VERDICTS.computeIfAbsent(kind + "\u0000" + a + "\u0000" + b, k -> decide(a, b, kind));
    }

    /** Verdicts already reached: grouping and matching compare every alias with every other (bounded; cleared when full). */
    private static final Map<String, Verdict> VERDICTS = new ConcurrentHashMap<>();

    private static Verdict decide(String a, String b, ParticipantKind kind) {
        if (isAnonymous(a) || isAnonymous(b)) {
            boolean eq = PersonName.folded(a).replaceFirst("^(a|an|the) ", "")
                    .equals(PersonName.folded(b).replaceFirst("^(a|an|the) ", ""));
            return new Verdict(eq ? Relation.SAME : Relation.UNRELATED,
                    eq ? "the same anonymous source as written" : "anonymous sources are the same only as written");
        }
        return switch (kind) {
            case PERSON -> samePerson(a, b);
            case ORGANIZATION, COUNTRY -> sameOrganization(a, b);
        };
    }

    /** "a senior White House official", "his Russian counterpart": a source the text does not name. */
    public static boolean isAnonymous(String name) {
        List<String> f = PersonName.fold(name);
        return name.startsWith("?") || f.stream().anyMatch(ANONYMOUS::contains);
    }

    static Verdict samePerson(String a, String b) {
        PersonName x = PersonName.parse(a);
        PersonName y = PersonName.parse(b);
        if (x == null || y == null) {
            return new Verdict(Relation.UNRELATED, "not a name");
        }
        if (NameVariants.sameSyllables(x, y)) {
            return new Verdict(Relation.SAME, "the same syllables, spaced or ordered differently");
        }
        switch (NameVariants.extension(x, y)) {
            case PATRONYMIC -> {
                return new Verdict(Relation.SAME, "one name goes on with a patronymic or family particle");
            }
            case PLACE -> {
                return new Verdict(Relation.SAME, "a place glued after the name");
            }
            default -> {
            }
        }
        boolean family = familyMatch(x, y);
        if (!family && NameVariants.similarSyllables(x, y)) {
            return new Verdict(Relation.SIMILAR, "the same syllables, one spelled slightly differently");
        }
        if (!family && x.given().size() == 1 && y.given().size() == 1
                && tokenMatch(x.given().get(0), y.family()) && tokenMatch(x.family(), y.given().get(0))) {
            return new Verdict(Relation.SAME, "same two names in the other order");
        }
        if (!family) {
            if (!x.surnameOnly() && !y.surnameOnly() && NameVariants.familyTypo(x.family(), y.family())
                    && givenCompatible(x.given(), y.given())) {
                return new Verdict(Relation.TYPO, "family names one letter apart (" + x.family() + " / " + y.family() + ")");
            }
            return new Verdict(Relation.UNRELATED, "family names differ (" + x.family() + " / " + y.family() + ")");
        }
        if (x.surnameOnly() || y.surnameOnly()) {
            return new Verdict(Relation.SURNAME_ONLY, "family name only on one side (" + x.familyKey() + ")");
        }
        if (givenCompatible(x.given(), y.given())) {
            return new Verdict(Relation.SAME, "same family name, compatible given names");
        }
        if (givenSimilar(x.given(), y.given())) {
            return new Verdict(Relation.SIMILAR, "same family name, given names spelled slightly differently ("
                    + String.join(" ", x.given()) + " / " + String.join(" ", y.given()) + ")");
        }
        return new Verdict(Relation.CONFLICT, "same family name, different given names (" + String.join(" ", x.given())
                + " / " + String.join(" ", y.given()) + ")");
    }

    /**
     * Given names that line up one to one, the first pair alike or a slip apart, the others alike or slips apart as
     * middle names may be: "Hossein Amir" / "Hussein Amir", "Umaro Cissoko" / "Umaro Sissoco".
     */
    static boolean givenSimilar(List<String> a, List<String> b) {
        if (a.isEmpty() || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i), y = b.get(i);
            boolean ok = givenTokenCompatible(x, y)
                    || (i == 0 ? NameVariants.similarGiven(x, y) : NameVariants.similarMiddle(x, y));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean familyMatch(PersonName x, PersonName y) {
        if (x.surnameOnly() || y.surnameOnly()) {
            PersonName s = x.surnameOnly() ? x : y;
            PersonName o = s == x ? y : x;
            if (o.familyKeys().contains(s.familyKey())) {
                return true;
            }
        }
        return tokenMatch(x.family(), y.family());
    }

    /**
     * Same key, or long keys of one length one letter apart with the same first letter (Zelenskyy / Zelenskij). A
     * letter added or dropped ("Ivanov" / "Ivanova", "Blinke" / "Blinken") is how relatives' names differ as often as
     * it is a slip: that is {@link Relation#TYPO}, not this.
     */
    static boolean tokenMatch(String a, String b) {
        String ka = PersonName.tokenKey(a);
        String kb = PersonName.tokenKey(b);
        if (ka.equals(kb)) {
            return true;
        }
        return ka.length() >= 6 && ka.length() == kb.length() && ka.charAt(0) == kb.charAt(0)
                && LEVENSHTEIN.apply(ka, kb) == 1;
    }

    /** One given name is compatible with another: same key, an initial of it, or a familiar form per the table. */
    static boolean givenTokenCompatible(String a, String b) {
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        return PersonName.tokenKey(a).equals(PersonName.tokenKey(b)) || Nicknames.sameGivenName(a, b);
    }

    /**
     * Given-name lists are compatible when the shorter one lines up, in order, with part of the longer:
     * "Antony" ~ "Antony J.", "Tayyip" ~ "Recep Tayyip", "Tony" ~ "Antony J."; "Joe" vs "Jill" is a conflict.
     */
    public static boolean givenCompatible(List<String> a, List<String> b) {
        List<String> s = a.size() <= b.size() ? a : b;
        List<String> l = s == a ? b : a;
        int j = 0;
        for (String t : s) {
            while (j < l.size() && !givenTokenCompatible(t, l.get(j))) {
                j++;
            }
            if (j == l.size()) {
                return false;
            }
            j++;
        }
        return true;
    }

    static Verdict sameOrganization(String a, String b) {
        List<String> x = orgTokens(a);
        List<String> y = orgTokens(b);
        if (x.isEmpty() || y.isEmpty()) {
            return new Verdict(Relation.UNRELATED, "no name");
        }
        Set<String> cx = codes(x), cy = codes(y);
        Set<String> rx = new TreeSet<>(x), ry = new TreeSet<>(y);
        rx.removeAll(cx);
        ry.removeAll(cy);
        if (!cx.isEmpty() && !cy.isEmpty() && !cx.equals(cy)) {
            return new Verdict(Relation.CONFLICT, "different countries " + cx + " / " + cy);
        }
        if (rx.equals(ry)) {
            return new Verdict(Relation.SAME, rx.isEmpty() ? "the same country" : "same words " + rx);
        }
        if (acronymOf(x, y) || acronymOf(y, x)) {
            return new Verdict(Relation.SAME, "acronym");
        }
        return new Verdict(Relation.UNRELATED, "different words");
    }

    private static Set<String> codes(List<String> toks) {
        Set<String> c = new TreeSet<>();
        toks.stream().filter(NameCountries::isCode).forEach(c::add);
        return c;
    }

    /** Folded words of an organisation's name, country words as codes, stop words and "department/ministry of" order ignored. */
    static List<String> orgTokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : NameCountries.codify(PersonName.fold(name))) {
            if (!STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean acronymOf(List<String> shortForm, List<String> longForm) {
        if (shortForm.size() != 1 || longForm.size() < 2) {
            return false;
        }
        String s = shortForm.get(0).toLowerCase();
        StringBuilder initials = new StringBuilder();
        longForm.forEach(t -> initials.append(Character.toLowerCase(t.charAt(0))));
        return s.equals(initials.toString());
    }

    /** Folded lookup keys of one name: any two mentions that {@link #sameParticipant} could call the same share a key. */
    public static Set<String> nameKeys(String name, ParticipantKind kind) {
        Set<String> keys = new LinkedHashSet<>();
        if (name == null) {
            return keys;
        }
        if (isAnonymous(name)) {
            keys.add("a:" + PersonName.folded(name).replaceFirst("^(a|an|the) ", ""));
            return keys;
        }
        if (kind == ParticipantKind.PERSON) {
            PersonName p = PersonName.parse(name);
            if (p != null) {
                // two-token names also give their first token, which covers the other order ("Kishida Fumio")
                p.familyKeys().forEach(k -> keys.add("p:" + k));
                // the last part of a hyphenated family name: "Amir-Abdollahian" is found by "Amir Abdollahian"
                List<String> last = p.syllables().get(p.syllables().size() - 1);
                if (last.size() > 1) {
                    keys.add("p:" + PersonName.tokenKey(last.get(last.size() - 1)));
                }
                NameVariants.syllableKeys(p).forEach(k -> keys.add("c:" + k));
                // the first two name words: a name that goes on with a patronymic or a glued place shares them
                List<String> first = p.words().stream().filter(w -> !PersonName.PARTICLES.contains(w)).limit(2).toList();
                if (first.size() == 2 && p.words().size() >= 2) {
                    keys.add("f:" + PersonName.tokenKey(first.get(0)) + " " + PersonName.tokenKey(first.get(1)));
                }
                if (!p.surnameOnly()) {
                    NameVariants.typoKeys(p.family()).forEach(k -> keys.add("d:" + k));
                }
            }
            return keys;
        }
        List<String> toks = orgTokens(name);
        List<String> rest = toks.stream().filter(t -> !NameCountries.isCode(t)).toList();
        List<String> sorted = new ArrayList<>(rest.isEmpty() ? toks : rest);
        sorted.sort(Comparator.naturalOrder());
        keys.add("o:" + String.join(" ", sorted));
        if (rest.size() >= 2) {
            StringBuilder initials = new StringBuilder();
            rest.forEach(t -> initials.append(t.charAt(0)));
            keys.add("o:" + initials);
        }
        return keys;
    }

    /** The union of the keys of several aliases. */
    public static Set<String> nameKeys(Collection<String> names, ParticipantKind kind) {
        Set<String> keys = new TreeSet<>();
        names.forEach(n -> keys.addAll(nameKeys(n, kind)));
        return keys;
    }

    /**
     * The name to show for a participant known by these aliases (repeats count: pass every mention).
     *
     * <p>Choice: among forms with a full given name ("Antony Blinken", not "Blinken" or "A. Blinken"), the most
     * frequent; on a tie, the one whose words the other mentions support most (so a typo seen once, "Anthony Blinke",
     * loses to the spelling the surname mentions share), then without a lone middle initial ("Antony Blinken" over a
     * one-off "Antony J. Blinken"), then the longer ("Elizabeth Truss" over "Liz Truss"), then alphabetical, so the
     * result does not depend on order. A form that is another one with a place glued after it ("Wang Yi Washington")
     * is never shown. Titles are stripped ("President Biden" counts as "Biden"). Organisations: the most frequent,
     * then the longest.
     */
    public static String fullestCommonName(Collection<String> aliases) {
        return fullestCommonName(aliases, ParticipantKind.PERSON);
    }

    public static String fullestCommonName(Collection<String> aliases, ParticipantKind kind) {
        Map<String, Integer> freq = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        Map<String, PersonName> parsed = new HashMap<>();
        Map<String, Integer> wordCount = new HashMap<>();
        for (String a : aliases) {
            if (a == null || a.isBlank()) {
                continue;
            }
            String display = a.strip();
            if (kind == ParticipantKind.PERSON && !isAnonymous(a)) {
                PersonName p = PersonName.parse(a);
                if (p == null) {
                    continue;
                }
                display = p.display();
                parsed.putIfAbsent(PersonName.folded(display), p);
                new TreeSet<>(p.words().stream().map(PersonName::tokenKey).toList())
                        .forEach(w -> wordCount.merge(w, 1, Integer::sum));
            }
            String k = PersonName.folded(display);
            freq.merge(k, 1, Integer::sum);
            // among spellings that fold the same, keep the alphabetically first, for order independence
            shown.merge(k, display, (o, n) -> o.compareTo(n) <= 0 ? o : n);
        }
        if (freq.isEmpty()) {
            return null;
        }
        Set<String> candidates = new TreeSet<>(freq.keySet());
        // "Wang Yi Washington" beside "Wang Yi": the glued form is never the name
        candidates.removeIf(k -> {
            String trimmed = NameVariants.withoutGluedPlace(shown.get(k));
            return trimmed != null && freq.containsKey(PersonName.folded(trimmed));
        });
        Map<String, Double> support = new HashMap<>();
        for (String k : candidates) {
            PersonName p = parsed.get(k);
            support.put(k, p == null || p.words().isEmpty() ? 0.0 : p.words().stream()
                    .mapToInt(w -> wordCount.getOrDefault(PersonName.tokenKey(w), 0)).average().orElse(0));
        }
        Comparator<String> order = Comparator.comparingInt((String k) -> tier(parsed.get(k))).reversed()
                .thenComparing(Comparator.comparingInt((String k) -> freq.get(k)).reversed())
                .thenComparing(Comparator.comparingDouble((String k) -> support.get(k)).reversed())
                .thenComparingInt(k -> loneInitials(parsed.get(k)))
                .thenComparing(Comparator.comparingInt(String::length).reversed())
                .thenComparing(Comparator.naturalOrder());
        return shown.get(candidates.stream().min(order).orElseThrow());
    }

    private static int tier(PersonName p) {
        if (p == null) {
            return 0;
        }
        if (!p.fullGiven().isEmpty()) {
            return 2;
        }
        return p.given().isEmpty() ? 0 : 1;
    }

    private static int loneInitials(PersonName p) {
        return p == null ? 0 : (int) p.given().stream().filter(g -> g.length() == 1).count();
    }
}
