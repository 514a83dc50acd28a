package dev.readout.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The {@code Date} scalar: an ISO calendar date {@code YYYY-MM-DD} that exists. graphql-java-extended-scalars'
 * {@code Date} resolves leniently ({@code 2022-02-30} became 2022-02-28, silently); this one refuses it with a message
 * that quotes the value and shows the expected form.
 */
public final class StrictDate {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("An ISO 8601 calendar date, YYYY-MM-DD")
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate d) {
                        return d.format(DateTimeFormatter.ISO_LOCAL_DATE);
                    }
                    if (value instanceof String s) {
                        return parse(s, CoercingSerializeException::new).format(DateTimeFormatter.ISO_LOCAL_DATE);
                    }
                    throw new CoercingSerializeException("Expected a LocalDate, not " + value.getClass().getName());
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof LocalDate d) {
                        return d;
                    }
                    if (input instanceof String s) {
                        return parse(s, CoercingParseValueException::new);
                    }
                    throw new CoercingParseValueException("Invalid Date " + describe(input)
                            + ": send a string YYYY-MM-DD, such as \"2022-03-03\"");
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                              Locale locale) {
                    if (input instanceof StringValue s) {
                        return parse(s.getValue(), CoercingParseLiteralException::new);
                    }
                    throw new CoercingParseLiteralException("Invalid Date " + input
                            + ": send a string YYYY-MM-DD, such as \"2022-03-03\"");
                }

                @Override
                public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                    return StringValue.newStringValue(serialize(input, context, locale)).build();
                }
            })
            .build();

    private StrictDate() {
    }

    private static <E extends RuntimeException> LocalDate parse(String s, java.util.function.Function<String, E> error) {
        try {
            return LocalDate.parse(s, ISO);
        } catch (DateTimeParseException e) {
            throw error.apply("Invalid Date '" + abbreviate(s) + "': send an existing calendar date as YYYY-MM-DD, "
                    + "such as \"2022-03-03\"");
        }
    }

    private static String describe(Object input) {
        return input == null ? "null" : abbreviate(String.valueOf(input)) + " (" + input.getClass().getSimpleName() + ")";
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
