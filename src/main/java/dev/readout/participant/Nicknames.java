package dev.readout.participant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Familiar forms of given names (Liz/Elizabeth, Tony/Antony), from {@code names/nicknames.txt}. */
public final class Nicknames {

    private static final Map<String, Set<String>> GROUPS = load();

    private Nicknames() {
    }

    /** Whether two folded given names are forms of the same given name per the table (compared by their keys, so Sergei = Sergey). */
    public static boolean sameGivenName(String a, String b) {
        Set<String> ga = GROUPS.get(PersonName.tokenKey(a));
        return ga != null && ga.contains(PersonName.tokenKey(b));
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> groups = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("/names/nicknames.txt")) {
            if (in == null) {
                return groups;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Set<String> group = new HashSet<>();
                for (String n : line.split("[:,]")) {
                    if (!n.isBlank()) {
                        group.add(PersonName.tokenKey(PersonName.folded(n)));
                    }
                }
                for (String n : group) {
                    groups.computeIfAbsent(n, k -> new HashSet<>()).addAll(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }
}
