package dev.readout.graphql;

import graphql.language.AstPrinter;
import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema in {@code graphql/schema} holds DESIGN.md's contract exactly (types, fields, arguments, enum values), and
 * every type, field, argument and enum value carries a description.
 */
class SchemaContractTest {

    @Test
    void theServedSchemaHoldsTheDesignContractExactly() throws IOException {
        TypeDefinitionRegistry served = served();
        TypeDefinitionRegistry contract = new SchemaParser().parse(
                new ClassPathResource("design-contract.graphqls").getContentAsString(StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        for (TypeDefinition<?> want : contract.types().values()) {
            String name = want.getName();
            TypeDefinition<?> have = served.getType(name).orElse(null);
            if (have == null || have.getClass() != want.getClass()) {
                problems.add("missing or of another kind: " + name);
                continue;
            }
            if (want instanceof ImplementingTypeDefinition<?> w) {
                Map<String, FieldDefinition> fields = fields(served, name);
                for (FieldDefinition f : w.getFieldDefinitions()) {
                    FieldDefinition h = fields.get(f.getName());
                    if (h == null) {
                        problems.add("missing field " + name + "." + f.getName());
                        continue;
                    }
                    check(problems, name + "." + f.getName(), AstPrinter.printAst(f.getType()), AstPrinter.printAst(h.getType()));
                    Map<String, String> haveArgs = h.getInputValueDefinitions().stream().collect(Collectors.toMap(
                            InputValueDefinition::getName, a -> AstPrinter.printAst(a.getType())));
                    for (InputValueDefinition a : f.getInputValueDefinitions()) {
                        check(problems, name + "." + f.getName() + "(" + a.getName() + ")",
                                AstPrinter.printAst(a.getType()), haveArgs.get(a.getName()));
                    }
                }
                check(problems, name + " implements", w.getImplements().stream().map(AstPrinter::printAst).sorted()
                        .toList().toString(), ((ImplementingTypeDefinition<?>) have).getImplements().stream()
                        .map(AstPrinter::printAst).sorted().toList().toString());
            } else if (want instanceof InputObjectTypeDefinition w) {
                Map<String, String> haveFields = ((InputObjectTypeDefinition) have).getInputValueDefinitions().stream()
                        .collect(Collectors.toMap(InputValueDefinition::getName, a -> AstPrinter.printAst(a.getType())));
                for (InputValueDefinition a : w.getInputValueDefinitions()) {
                    check(problems, name + "." + a.getName(), AstPrinter.printAst(a.getType()), haveFields.get(a.getName()));
                }
            } else if (want instanceof EnumTypeDefinition w) {
                check(problems, name + " values", w.getEnumValueDefinitions().stream()
                        .map(EnumValueDefinition::getName).toList().toString(), ((EnumTypeDefinition) have)
                        .getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList().toString());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() throws IOException {
        TypeDefinitionRegistry served = served();
        List<String> undescribed = new ArrayList<>();
        for (TypeDefinition<?> t : served.types().values()) {
            describe(undescribed, t.getName(), descriptionOf(t));
            if (t instanceof ImplementingTypeDefinition<?> i) {
                fields(served, t.getName()).values().forEach(f -> {
                    describe(undescribed, t.getName() + "." + f.getName(), f.getDescription());
                    f.getInputValueDefinitions().forEach(a -> describe(undescribed,
                            t.getName() + "." + f.getName() + "(" + a.getName() + ")", a.getDescription()));
                });
            } else if (t instanceof InputObjectTypeDefinition i) {
                i.getInputValueDefinitions().forEach(a -> describe(undescribed, t.getName() + "." + a.getName(),
                        a.getDescription()));
            } else if (t instanceof EnumTypeDefinition e) {
                e.getEnumValueDefinitions().forEach(v -> describe(undescribed, t.getName() + "." + v.getName(),
                        v.getDescription()));
            }
        }
        served.scalars().values().stream().filter(s -> !List.of("Int", "Float", "String", "Boolean", "ID")
                .contains(s.getName())).forEach(s -> describe(undescribed, s.getName(), s.getDescription()));
        assertThat(undescribed).isEmpty();
    }

    private static TypeDefinitionRegistry served() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls");
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        for (Resource r : files) {
            registry.merge(new SchemaParser().parse(r.getContentAsString(StandardCharsets.UTF_8)));
        }
        return registry;
    }

    /** The fields of a type including those its extensions add. */
    private static Map<String, FieldDefinition> fields(TypeDefinitionRegistry registry, String type) {
        Map<String, FieldDefinition> out = new LinkedHashMap<>();
        registry.getType(type).ifPresent(t -> ((ImplementingTypeDefinition<?>) t).getFieldDefinitions()
                .forEach(f -> out.put(f.getName(), f)));
        for (ObjectTypeExtensionDefinition ext : registry.objectTypeExtensions().getOrDefault(type, List.of())) {
            ext.getFieldDefinitions().forEach(f -> out.put(f.getName(), f));
        }
        return out;
    }

    private static Description descriptionOf(TypeDefinition<?> t) {
        if (t instanceof ImplementingTypeDefinition<?>) {
            try {
                return (Description) t.getClass().getMethod("getDescription").invoke(t);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (t instanceof InputObjectTypeDefinition i) {
            return i.getDescription();
        }
        if (t instanceof EnumTypeDefinition e) {
            return e.getDescription();
        }
        if (t instanceof ScalarTypeDefinition s) {
            return s.getDescription();
        }
        return null;
    }

    private static void describe(List<String> undescribed, String what, Description d) {
        if (d == null || d.getContent() == null || d.getContent().isBlank()) {
            undescribed.add(what);
        }
    }

    private static void check(List<String> problems, String what, String want, String have) {
        if (!want.equals(have)) {
            problems.add(what + ": contract says " + want + ", schema has " + have);
        }
    }
}
