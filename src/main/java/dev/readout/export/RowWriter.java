package dev.readout.export;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Writes export rows, one at a time, as NDJSON (one JSON object a line) or as CSV with a header. */
interface RowWriter extends AutoCloseable {

    void write(Map<String, Object> row);

    /**
     * Writes one NDJSON row by writing its object straight to the generator, with no map made for it: the same bytes
     * as {@link #write(Map)} of a map holding the same entries in the same order, for a row written often enough that
     * the maps and the serializer's lookups for each value count (the calls export: 8 % and 14 % of its CPU). Only
     * the NDJSON writer takes it; one export writes either way, not both.
     */
    default void write(JsonRow row) {
        throw new IllegalStateException("only an NDJSON writer writes rows through a generator");
    }

    /** A row that writes its own JSON object. */
    @FunctionalInterface
    interface JsonRow {
        void writeTo(JsonGenerator g);
    }

    /** Ends the output (CSV trailer state) without closing the response stream. */
    @Override
    void close();

    /** NDJSON rows written with {@code json}, a mapper from {@link #ndjsonMapper()}. */
    static RowWriter ndjson(OutputStream out, JsonMapper json) {
        if (((JsonFactory) json.tokenStreamFactory()).getRootValueSeparator() != null) {
            throw new IllegalArgumentException("NDJSON rows need a mapper with no root value separator");
        }
        return new RowWriter() {
            /** For {@link #write(JsonRow)}: one generator for the whole export, made at its first row ... */
            private JsonGenerator generator;
            /** ... writing each row here first, so that only whole rows reach the output. */
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream(8192);
            private boolean maps;
            /** A row failed half written: the generator is left in the middle of it. */
            private boolean failed;

            @Override
            public void write(Map<String, Object> row) {
                if (generator != null) {
                    throw new IllegalStateException("this export writes its rows through a generator");
                }
                maps = true;
                try {
                    out.write(json.writeValueAsBytes(row));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void write(JsonRow row) {
                if (maps) {
                    throw new IllegalStateException("this export writes its rows as maps");
                }
                if (generator == null) {
                    // the mapper's own factory and settings, so strings and numbers come out as its serializers
                    // write them
                    generator = json.createGenerator(pending);
                }
                try {
                    row.writeTo(generator);
                    generator.writeRaw('\n');
                    generator.flush();
                } catch (RuntimeException e) {
                    // as a map row that failed while being built: nothing of it is written (the response is then
                    // aborted by the controller, so the client sees a broken transfer, not a short or torn file)
                    failed = true;
                    pending.reset();
                    throw e;
                }
                try {
                    pending.writeTo(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    pending.reset();
                }
            }

            @Override
            public void close() {
                if (generator != null && !failed) {
                    generator.close();
                }
            }
        };
    }

    /**
     * A mapper for NDJSON rows: its factory writes nothing between root values (its default is a space), so that rows
     * written through one generator ({@link #write(JsonRow)}) each end in their own line break and nothing else.
     */
    static JsonMapper ndjsonMapper() {
        return JsonMapper.builder(JsonFactory.builder().rootValueSeparator((String) null).build()).build();
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
