package dev.readout.export;

import dev.readout.call.Call;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls export reads only {@link ExportService#CALL_ROW_FIELDS} of each call. A field added to {@link Call} fails
 * this until it is either added there (the rows or the CAMEO coding read it) or named here as left out, so a row can
 * never silently lose a field to the projection.
 */
class ExportCallFieldsTest {

    /** Not read by the rows: the date's own mentions (a copy of some of {@code mentions}), the merge key. */
    private static final Set<String> LEFT_OUT = Set.of("id", "dateMentions", "participantKey");

    @Test
    void theProjectionHoldsEveryFieldOfACallButThoseLeftOutOnPurpose() {
        Set<String> components = Arrays.stream(Call.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet());
        assertThat(components).containsAll(LEFT_OUT);
        components.removeAll(LEFT_OUT);
        assertThat(Set.of(ExportService.CALL_ROW_FIELDS)).isEqualTo(components);
    }
}
