package dev.readout.graphql;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which operations of a document may be answered from {@link ResponseStore}, and the document's normalised text
 * (graphql-java's compact print: the same operation sent with other spacing, comments or commas shares one entry).
 * Cacheable: a query (never a mutation or subscription) that reads data, so neither {@code { __typename }} alone nor
 * anything asking for {@code __schema} or {@code __type} (introspection is cheap to compute and large to keep).
 * <p>
 * Documents are parsed once and remembered by their text (or persisted-query hash), at most {@link #MAX_ENTRIES},
 * least recently used out first; texts over {@link #MAX_CHARS} are neither remembered nor cached, so what is held
 * stays under about 16 MB however many distinct documents clients send (the example operations are under 2,000
 * characters).
 */
final class CacheableDocuments {

    static final int MAX_CHARS = 8_192;
    static final int MAX_ENTRIES = 1_000;

    /** The normalised text, and per operation name ("" for an anonymous one) whether it may be cached. */
    record Shape(String normalised, Map<String, Boolean> cacheable) {

        static final Shape NONE = new Shape(null, Map.of());

        /** The normalised text when the operation that would run may be cached, else null. */
        String normalisedFor(String operationName) {
            Boolean ok;
            if (operationName == null || operationName.isEmpty()) {
                ok = cacheable.size() == 1 ? cacheable.values().iterator().next() : null;
            } else {
                ok = cacheable.get(operationName);
            }
            return Boolean.TRUE.equals(ok) ? normalised : null;
        }
    }

    private final Map<String, Shape> shapes;

    CacheableDocuments() {
        this(MAX_ENTRIES);
    }

    CacheableDocuments(int maxEntries) {
        this.shapes = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Shape> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The shape of a document sent as text. */
    Shape ofText(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
            return Shape.NONE;
        }
        Shape known;
        synchronized (shapes) {
            known = shapes.get(text);
        }
        if (known != null) {
            return known;
        }
        Shape shape;
        try {
            shape = of(Parser.parse(text));
        } catch (RuntimeException e) {
            shape = Shape.NONE; // the execution reports the syntax error; errors are never kept
        }
        synchronized (shapes) {
            shapes.put(text, shape);
        }
        return shape;
    }

    /** The shape of a registered persisted query, remembered by its hash (a hash always names the same text). */
    Shape ofPersisted(String hash, java.util.function.Function<String, Document> registered) {
        String key = "sha256:" + hash;
        Shape known;
        synchronized (shapes) {
            known = shapes.get(key);
        }
        if (known != null) {
            return known;
        }
        Document document = registered.apply(hash);
        if (document == null) {
            return Shape.NONE; // not registered (yet): the execution answers PersistedQueryNotFound
        }
        Shape shape = of(document);
        synchronized (shapes) {
            shapes.put(key, shape);
        }
        return shape;
    }

    static Shape of(Document document) {
        if (asksForIntrospection(document)) {
            return Shape.NONE;
        }
        Map<String, Boolean> cacheable = new HashMap<>();
        for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
            boolean query = op.getOperation() == OperationDefinition.Operation.QUERY;
            cacheable.put(op.getName() == null ? "" : op.getName(), query && readsData(op.getSelectionSet()));
        }
        if (!cacheable.containsValue(true)) {
            return Shape.NONE;
        }
        return new Shape(AstPrinter.printAstCompact(document), Map.copyOf(cacheable));
    }

    /** Not only meta fields at the top ({@code { __typename }} is answered without reading anything). */
    private static boolean readsData(SelectionSet top) {
        return top.getSelections().stream().anyMatch(s -> !(s instanceof Field f) || !f.getName().startsWith("__"));
    }

    private static boolean asksForIntrospection(Document document) {
        for (Definition<?> d : document.getDefinitions()) {
            SelectionSet set = d instanceof OperationDefinition op ? op.getSelectionSet()
                    : d instanceof FragmentDefinition f ? f.getSelectionSet() : null;
            if (set != null && introspects(set)) {
                return true;
            }
        }
        return false;
    }

    private static boolean introspects(SelectionSet set) {
        if (set == null) {
            return false;
        }
        List<Selection> selections = set.getSelections();
        for (Selection<?> s : selections) {
            if (s instanceof Field f && (f.getName().equals("__schema") || f.getName().equals("__type")
                    || introspects(f.getSelectionSet()))) {
                return true;
            }
            if (s instanceof InlineFragment i && introspects(i.getSelectionSet())) {
                return true;
            }
        }
        return false;
    }
}
