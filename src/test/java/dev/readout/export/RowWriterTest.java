package dev.readout.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NDJSON rows through the generator: one line each, nothing between them, and a row that fails is not written. */
class RowWriterTest {

    @Test
    void generatorRowsAreLinesAndAFailedRowLeavesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowWriter w = RowWriter.ndjson(out, RowWriter.ndjsonMapper());
        w.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("a", "x");
            g.writeNullProperty("b");
            g.writeEndObject();
        });
        w.write(g -> {
            g.writeStartObject();
            g.writeNumberProperty("n", 1.5);
            g.writeEndObject();
        });
        assertThatThrownBy(() -> w.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("half", "written");
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        w.close();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"x\",\"b\":null}\n{\"n\":1.5}\n");
    }

    @Test
    void mapsAndGeneratorRowsAreNotMixedAndAMapperWithASeparatorIsRefused() {
        RowWriter w = RowWriter.ndjson(new ByteArrayOutputStream(), RowWriter.ndjsonMapper());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("a", 1);
        w.write(row);
        assertThatThrownBy(() -> w.write(g -> g.writeNull())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RowWriter.ndjson(new ByteArrayOutputStream(),
                tools.jackson.databind.json.JsonMapper.builder().build())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowWriter.csv(new ByteArrayOutputStream(), java.util.List.of("a"))
                .write(g -> g.writeNull())).isInstanceOf(IllegalStateException.class);
    }
}
