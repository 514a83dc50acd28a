package dev.readout.export;

import dev.readout.article.Article;
import dev.readout.article.Mention;
import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import org.bson.Document;
import org.springframework.core.convert.ConversionService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls for the calls export (and the articles its rows cite), made from their documents as the driver decodes them,
 * instead of by Spring's mapping:
 * that mapping (property lookups, conversion checks and an instantiator per document, per mention) was 12 % of the
 * CPU of the whole export, for records of a dozen plain fields. The calls export reads only
 * {@link ExportService#CALL_ROW_FIELDS}; this reads exactly those, as Spring does: strings as stored, enums by
 * name, numbers narrowed to {@code int}, and anything else (the date, a value stored in another type) through the
 * converter's own conversion service, so a {@code LocalDate} comes back as the service's configured conversions make it.
 * {@code RawCallsTest} compares both readings over calls of every shape the service stores; a field added to
 * {@link Call} fails {@code ExportCallFieldsTest} until the export decides about it.
 */
final class RawCalls {

    private final ConversionService conversions;

    RawCalls(ConversionService conversions) {
        this.conversions = conversions;
    }

    Call read(Document d) {
        return new Call(string(d.get("_id")), strings(d.get("participantIds")), null,
                convert(d.get("date"), LocalDate.class), enumValue(d.get("datePrecision"), DatePrecision.class),
                string(d.get("dateText")), enumValue(d.get("medium"), CallMedium.class),
                enumValue(d.get("status"), CallStatus.class), mentions(d.get("mentions")), string(d.get("cameoCode")),
                null);
    }

    /**
     * An article as the exports' provenance reads it ({@link ExportService#ARTICLE_REF_FIELDS}), the rest null, as
     * Spring maps the same projected document; Spring's mapping of these was 4 % of the calls export's CPU.
     */
    Article articleRef(Document d) {
        return new Article(string(d.get("_id")), string(d.get("url")), string(d.get("title")),
                string(d.get("source")), convert(d.get("publishedOn"), LocalDate.class), null, null, null, null);
    }

    private List<Mention> mentions(Object value) {
        if (!(value instanceof List<?> list)) {
            return null;
        }
        List<Mention> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (o instanceof Document m) {
                out.add(new Mention(string(m.get("articleId")), string(m.get("sentence")), integer(m.get("start")),
                        integer(m.get("end"))));
            } else {
                out.add(null); // as Spring reads a null element
            }
        }
        return out;
    }

    private List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return null;
        }
        List<String> out = new ArrayList<>(list.size());
        for (Object o : list) {
            out.add(string(o));
        }
        return out;
    }

    private String string(Object value) {
        return value == null || value instanceof String ? (String) value : conversions.convert(value, String.class);
    }

    private int integer(Object value) {
        return value == null ? 0 : value instanceof Integer i ? i : conversions.convert(value, Integer.class);
    }

    private <E extends Enum<E>> E enumValue(Object value, Class<E> type) {
        return value == null ? null : Enum.valueOf(type, value.toString());
    }

    private <T> T convert(Object value, Class<T> type) {
        return value == null ? null : type.isInstance(value) ? type.cast(value) : conversions.convert(value, type);
    }
}
