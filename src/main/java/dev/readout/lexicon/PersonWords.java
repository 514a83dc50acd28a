package dev.readout.lexicon;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes the people index reads around names ({@code person-words.tsv}): honorifics, pronouns,
 * determiners, group nouns, anonymous-source heads, spokesperson words, government heads and bodies, monarchs'
 * titles, patronymics and name particles, facility words. Immutable and shared.
 */
public final class PersonWords {

    /** A class of words; see {@code person-words.tsv}. */
    public enum Class { HONORIFIC, PRONOUN, DETERMINER, GROUP_NOUN, ANONYMOUS, SPOKES, GOVERNMENT, GOVERNMENT_BODY, MONARCH, PATRONYMIC, PARTICLE, TITLE_MODIFIER, GLUED_WORD, LOCATIVE, FACILITY, STATE_NOUN, STATE_PREPOSITION, OTHER_HOLDER }

    private static final PersonWords SHARED = new PersonWords();

    private final Map<Class, Set<String>> words = new EnumMap<>(Class.class);

    private PersonWords() {
        for (Class c : Class.values()) {
            words.put(c, new HashSet<>());
        }
        for (String[] row : LexiconFile.rows("person-words.tsv")) {
            for (String w : row[1].split("\\|")) {
                words.get(Class.valueOf(row[0])).add(w.strip());
            }
        }
        words.replaceAll((c, s) -> Set.copyOf(s));
    }

    public static PersonWords shared() {
        return SHARED;
    }

    /** Whether the word (any case) is of the class. */
    public static boolean is(Class c, String word) {
        return word != null && SHARED.words.get(c).contains(word.toLowerCase(Locale.ROOT));
    }

    /** The words of a class, lower case. */
    public static Set<String> of(Class c) {
        return SHARED.words.get(c);
    }
}
