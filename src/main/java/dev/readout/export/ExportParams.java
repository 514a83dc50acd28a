package dev.readout.export;

import dev.readout.call.CallMedium;
import dev.readout.call.CallService.CallFilter;
import dev.readout.call.CallStatus;
import dev.readout.graphql.BadRequestException;
import dev.readout.graphql.GlobalId;
import dev.readout.participant.ParticipantService.ParticipantFilter;
import dev.readout.statement.StatementChannel;
import dev.readout.statement.StatementService.StatementFilter;
import org.springframework.util.MultiValueMap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads export query parameters into the GraphQL filter records, so an export selects exactly the rows the GraphQL
 * query with the same filter counts. Parameters carry the filter fields' names; lists are repeated or
 * comma-separated ({@code medium=PHONE,VIDEO}); enum values ignore case; dates are {@code YYYY-MM-DD}. A parameter the
 * export does not know is an error rather than silently ignored: a misspelt filter would otherwise return everything.
 */
final class ExportParams {

    static final Set<String> CALL = Set.of("participantIds", "participantName", "country", "from", "to", "medium",
            "status");
    static final Set<String> STATEMENT = Set.of("speakerIds", "speakerName", "text", "from", "to", "channel");
    static final Set<String> PARTICIPANT = Set.of("name", "country");
    static final Set<String> ARTICLE = Set.of("from", "to");

    private final MultiValueMap<String, String> params;

    private ExportParams(MultiValueMap<String, String> params, Set<String> allowed, String what) {
        this.params = params;
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidParameterException(name, "Unknown parameter '" + name + "' for " + what
                        + ": use " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    static ExportParams of(MultiValueMap<String, String> params, Set<String> allowed, String what) {
        return new ExportParams(params, allowed, what);
    }

    CallFilter callFilter() {
        return new CallFilter(ids("participantIds", "Participant"), text("participantName"), text("country"),
                date("from"), date("to"), enums("medium", CallMedium.class), enums("status", CallStatus.class));
    }

    StatementFilter statementFilter() {
        return new StatementFilter(ids("speakerIds", "Participant"), text("speakerName"), text("text"), date("from"),
                date("to"), enums("channel", StatementChannel.class));
    }

    ParticipantFilter participantFilter() {
        return new ParticipantFilter(text("name"), text("country"));
    }

    String text(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidParameterException(name, "Parameter '" + name + "' is given " + values.size()
                    + " times; give it once");
        }
        String v = values.get(0).trim();
        return v.isEmpty() ? null : v;
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "Parameter '" + name + "' must be a date as YYYY-MM-DD, e.g. "
                    + "2022-02-24; got '" + v + "'");
        }
    }

    private List<String> list(String name) {
        List<String> values = params.get(name);
        if (values == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out.isEmpty() ? null : out;
    }

    <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
        List<String> values = list(name);
        if (values == null) {
            return null;
        }
        List<E> out = new ArrayList<>();
        for (String v : values) {
            try {
                out.add(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(name, "Parameter '" + name + "' has an unknown value '" + v
                        + "': use one or more of " + Arrays.toString(type.getEnumConstants()));
            }
        }
        return out;
    }

    private List<String> ids(String name, String type) {
        List<String> values = list(name);
        if (values == null) {
            return null;
        }
        for (String v : values) {
            try {
                GlobalId.require(type, v);
            } catch (BadRequestException e) {
                throw new InvalidParameterException(name, "Parameter '" + name + "': " + e.getMessage());
            }
        }
        // the services decode them: the filter holds ids exactly as GraphQL receives them
        return values;
    }
}
