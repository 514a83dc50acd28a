package dev.readout.export;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One export's table: each id is loaded once, an id with no document is remembered too, and the bound starts it over. */
class ExportTableTest {

    private final List<List<String>> loads = new ArrayList<>();

    private Map<String, String> load(Collection<String> ids) {
        loads.add(List.copyOf(ids));
        Map<String, String> found = new HashMap<>();
        ids.stream().filter(id -> !id.startsWith("gone")).forEach(id -> found.put(id, id.toUpperCase()));
        return found;
    }

    @Test
    void eachIdIsLoadedOnceAndAbsentOnesAreRemembered() {
        ExportTable<String> table = new ExportTable<>(100);
        assertThat(table.get(Arrays.asList("a", "b", null, "a", "gone1"), this::load))
                .isEqualTo(Map.of("a", "A", "b", "B"));
        assertThat(table.get(List.of("b", "gone1", "c"), this::load)).isEqualTo(Map.of("b", "B", "c", "C"));
        assertThat(table.get(List.of("a", "gone1"), this::load)).isEqualTo(Map.of("a", "A"));
        assertThat(loads).containsExactly(List.of("a", "b", "gone1"), List.of("c"));
    }

    @Test
    void pastItsBoundTheTableStartsOver() {
        ExportTable<String> table = new ExportTable<>(3);
        table.get(List.of("a", "b"), this::load);
        table.get(List.of("c", "d"), this::load); // 2 + 2 > 3: what was known is dropped, c and d kept
        table.get(List.of("a", "c"), this::load);
        assertThat(loads).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("a"));
    }
}
