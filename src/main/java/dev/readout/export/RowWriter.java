package dev.readout.export;

import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Writes export rows, one at a time, as NDJSON (one JSON object a line) or as CSV with a header. */
interface RowWriter extends AutoCloseable {

    void write(Map<String, Object> row);

    /** Ends the output (CSV trailer state) without closing the response stream. */
    @Override
    void close();

    static RowWriter ndjson(OutputStream out, JsonMapper json) {
        return new RowWriter() {
            @Override
            public void write(Map<String, Object> row) {
                try {
                    out.write(json.writeValueAsBytes(row));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    static RowWriter csv(OutputStream out, List<String> columns) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        SequenceWriter seq = Csv.MAPPER.writerFor(Map.class).with(schema.build())
                .writeValues(new NonClosing(out));
        return new RowWriter() {
            @Override
            public void write(Map<String, Object> row) {
                seq.write(row);
            }

            @Override
            public void close() {
                seq.close();
            }
        };
    }

    /** Quotes only values that need it (a comma, quote or line break), so ids and names read plainly. */
    final class Csv {
        static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

        private Csv() {
        }
    }

    /** Lets the CSV writer flush and close its own state while the caller keeps the response stream. */
    final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
