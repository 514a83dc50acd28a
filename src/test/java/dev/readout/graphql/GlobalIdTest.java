package dev.readout.graphql;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlobalIdTest {

    @Test
    void idsRoundTripAndNameTheirType() {
        String hex = new ObjectId().toHexString();
        String id = GlobalId.of("Call", hex);

        assertThat(id).doesNotContain(hex).doesNotContain("=");
        assertThat(GlobalId.parse(id)).isEqualTo(new GlobalId("Call", hex));
        assertThat(GlobalId.require("Call", id)).isEqualTo(hex);
        assertThat(GlobalId.of("Participant", hex)).isNotEqualTo(id);
    }

    @Test
    void malformedOrMistypedIdsAreBadRequestsThatSayWhatToDo() {
        String hex = new ObjectId().toHexString();
        assertThatThrownBy(() -> GlobalId.parse("garbage!")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("garbage!");
        assertThatThrownBy(() -> GlobalId.parse(GlobalId.of("Call", "123"))).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> GlobalId.parse(GlobalId.of("Secret", hex))).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> GlobalId.require("Participant", GlobalId.of("Call", hex)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Call id");
    }

    @Test
    void pageSizesAreCheckedWithClearMessages() {
        assertThat(PageArgs.of(null, null, null, null)).isEqualTo(new PageArgs(20, true, null, null));
        assertThat(PageArgs.of(null, null, 5, "c")).isEqualTo(new PageArgs(5, false, null, "c"));
        assertThatThrownBy(() -> PageArgs.of(101, null, null, null)).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> PageArgs.of(null, null, -1, null)).hasMessageContaining("negative");
        assertThatThrownBy(() -> PageArgs.of(1, null, 1, null)).hasMessageContaining("not both");
    }
}
