package dev.readout.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One export's table of the documents its rows refer to (articles, participants), by id, so that each is read once per
 * export rather than once per page: reading an article costs the embedded server its whole text, and the participant
 * cache's two-second bound made a long export read every participant again every two seconds. An id no document has is
 * remembered too. At most {@code bound} entries: past that the table starts over. It lives as long as its export, so
 * nothing is kept between exports or across a change of the store.
 */
final class ExportTable<V> {

    private final int bound;
    /** A null value: no document has the id. */
    private final Map<String, V> known = new HashMap<>();

    ExportTable(int bound) {
        this.bound = bound;
    }

    /** The documents of these ids (null ids and absent documents left out): known ones from the table, the rest by one {@code load}. */
    Map<String, V> get(Collection<String> ids, Function<Collection<String>, Map<String, V>> load) {
        Map<String, V> out = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null) {
                continue;
            }
            if (known.containsKey(id)) {
                V v = known.get(id);
                if (v != null) {
                    out.put(id, v);
                }
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        List<String> asked = new ArrayList<>(missing);
        Map<String, V> loaded = load.apply(asked);
        if (known.size() + asked.size() > bound) {
            known.clear();
        }
        for (String id : asked) {
            V v = loaded.get(id);
            known.put(id, v);
            if (v != null) {
                out.put(id, v);
            }
        }
        return out;
    }
}
