package dev.readout.participant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is who among the names the gold of seeds, dev and wide gives (call participants, speakers, speaker
 * alternatives), pinned by reading the articles: the gold has no kinds, so offices and states are listed here, and
 * the spellings that are one real participant. Every other name is a participant of its own.
 */
public final class GoldIdentities {

    /** Offices, institutions and agencies in the gold. */
    public static final Set<String> ORGANIZATIONS = Set.of(
            // seeds and dev
            "Kremlin", "NATO", "Pentagon", "Russian Defense Ministry", "Russian government", "South African Presidency",
            "TASS", "US State Department", "White House",
            // wide
            "Blue House", "Chinese Foreign Ministry", "Chinese foreign ministry", "Erdogan’s Directorate of Communications",
            "IRNA", "India’s Ministry of External Affairs", "Iran's Ministry of Foreign Affairs",
            "Iran's foreign ministry", "Iran’s Ministry of Foreign Affairs", "Israeli government",
            "Israeli premier’s office", "Ministry of Foreign Affairs", "Netanyahu’s office", "Presidency",
            "Presidential Strategic Communications Unit", "Prime Minister’s press office", "Russia Foreign Ministry",
            "Saudi Press Agency", "Turkish Foreign Ministry", "premier’s office", "Vatican", "Holy See");

    /** States as such. */
    public static final Set<String> COUNTRIES = Set.of("Russia", "U.S.", "US", "UK", "Argentina", "Brazil", "China",
            "France", "Germany", "India", "Iran", "Saudi Arabia");

    /** Spellings that are one participant. */
    public static final List<Set<String>> SAME = List.of(
            // seeds and dev
            Set.of("Biden", "Joe Biden"),
            Set.of("Antony Blinken", "Tony Blinken"),
            Set.of("Elizabeth Truss", "Liz Truss"),
            Set.of("Sergei Shoigu", "Sergey Shoygu"),
            Set.of("Vladimir Putin", "Vladimir V. Putin", "Putin"),
            Set.of("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
            // wide: transliterations, accents, hyphens, middle names and initials
            Set.of("Sergei Lavrov", "Sergey Lavrov"),
            Set.of("Andres Manuel Lopez Obrador", "Andres Manuel López Obrador", "Andrés Manuel López Obrador"),
            Set.of("Ban Ki-Moon", "Ban Ki-moon"),
            Set.of("Benjamin Netanyahu", "Binyamin Netanyahu"),
            Set.of("Bola Ahmed Tinubu", "Bola Tinubu"),
            // George W. Bush in every article (2001-2006)
            Set.of("Bush", "George Bush", "George W. Bush"),
            Set.of("Chavez", "Hugo Chavez", "Hugo Chávez"),
            Set.of("Erdogan", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
            // the Saudi foreign minister: a patronymic and the dynasty's name added or left out
            Set.of("Faisal bin Farhan", "Faisal bin Farhan Al Saud", "Faisal bin Farhan bin Abdullah"),
            Set.of("Hossein Amir-Abdollahian", "Hussein Amir Abdollahian"),
            Set.of("Kim Jong Un", "Kim Jong-un"),
            Set.of("Luiz Inacio Lula da Silva", "Luiz Inácio Lula Da Silva", "Luiz Inácio Lula da Silva"),
            Set.of("Macron", "Emmanuel Macron"),
            Set.of("Merkel", "Angela Merkel"),
            Set.of("Trump", "Donald Trump"),
            Set.of("Moon Jae In", "Moon Jae-In", "Moon Jae-in"),
            Set.of("S Jaishankar", "S. Jaishankar", "Subrahmanyam Jaishankar"),
            Set.of("Umaro Cissoko Embalo", "Umaro Sissoco Embaló"),
            // offices and states
            Set.of("Chinese Foreign Ministry", "Chinese foreign ministry"),
            Set.of("Iran's Ministry of Foreign Affairs", "Iran’s Ministry of Foreign Affairs", "Iran's foreign ministry"),
            Set.of("Israeli premier’s office", "premier’s office"),
            Set.of("Presidency", "South African Presidency"),
            Set.of("U.S.", "US"),
            Set.of("Vatican", "Holy See"));

    private GoldIdentities() {
    }

    public static ParticipantKind kind(String name) {
        return ORGANIZATIONS.contains(name) ? ParticipantKind.ORGANIZATION
                : COUNTRIES.contains(name) ? ParticipantKind.COUNTRY : ParticipantKind.PERSON;
    }

    /** The expected participants among {@code names}: the pinned groups present, every other name alone. */
    public static List<Set<String>> expected(Set<String> names) {
        List<Set<String>> groups = new ArrayList<>();
        Set<String> inSame = new HashSet<>();
        for (Set<String> s : SAME) {
            Set<String> present = new TreeSet<>(s);
            present.retainAll(names);
            if (!present.isEmpty()) {
                groups.add(present);
                inSame.addAll(s);
            }
        }
        names.stream().filter(n -> !inSame.contains(n)).sorted().forEach(n -> groups.add(Set.of(n)));
        return groups;
    }
}
