package dev.readout.graphql;

import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keyset paging over an in-memory list (used for a participant's calls): same order and cursors as the queries. */
class KeysetTest {

    private static final Keyset<Call> ORDER = Keyset.byDateDesc("date", Call::date, Call::id);

    private static Call call(LocalDate date) {
        return new Call(new ObjectId().toHexString(), List.of(), "", date, DatePrecision.DAY, null, CallMedium.PHONE,
                CallStatus.HELD, List.of(), null);
    }

    @Test
    void walksForwardAndBackwardThroughTiesAndUndatedCalls() {
        List<Call> all = new ArrayList<>();
        LocalDate d = LocalDate.of(2022, 2, 1);
        for (int i = 0; i < 7; i++) {
            all.add(call(i < 5 ? d.plusDays(i / 2) : null));
        }
        Collections.shuffle(all);

        List<Call> forward = new ArrayList<>();
        String after = null;
        PageConnection<Call> page;
        do {
            page = ORDER.page(all, PageArgs.of(2, after, null, null));
            page.edges().forEach(e -> forward.add(e.node()));
            assertThat(page.totalCount()).isEqualTo(7);
            assertThat(page.pageInfo().hasPreviousPage()).isEqualTo(after != null);
            after = page.pageInfo().endCursor();
        } while (page.pageInfo().hasNextPage());

        assertThat(forward).hasSize(7).doesNotHaveDuplicates();
        assertThat(forward.subList(0, 5)).extracting(Call::date).isSortedAccordingTo(Collections.reverseOrder());
        assertThat(forward.subList(5, 7)).extracting(Call::date).containsOnlyNulls();

        List<Call> backward = new ArrayList<>();
        String before = null;
        do {
            page = ORDER.page(all, PageArgs.of(null, null, 3, before));
            backward.addAll(0, page.edges().stream().map(PageConnection.Edge::node).toList());
            before = page.pageInfo().startCursor();
        } while (page.pageInfo().hasPreviousPage());
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void aCursorOfAnotherListOrGarbageIsABadRequest() {
        Keyset<Call> byName = Keyset.byStringAsc("sortKey", c -> "x", Call::id);
        String nameCursor = byName.cursor(call(LocalDate.of(2022, 1, 1)));
        assertThatThrownBy(() -> ORDER.page(List.of(), PageArgs.of(1, nameCursor, null, null)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Invalid cursor");
        assertThatThrownBy(() -> ORDER.page(List.of(), PageArgs.of(1, "%%%", null, null)))
                .isInstanceOf(BadRequestException.class);
    }
}
