package dev.readout.graphql;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Serves Readout's own GraphiQL page (bundled at build time from graphiql-ui/, so it needs no CDN) and the named
 * example operations of graphql/operations, which the page opens as tabs.
 */
@Controller
public class GraphiqlController {

    /** One example operation: its file name and document, and the JSON variables beside it if any. */
    public record ExampleOperation(String name, String document, String variables) {
    }

    private final List<ExampleOperation> examples;

    public GraphiqlController() {
        this.examples = loadExamples();
    }

    @GetMapping({"/graphiql", "/graphiql/"})
    public String page() {
        // the page loads its script, styles and examples relative to /graphiql/
        return "redirect:/graphiql/index.html";
    }

    @GetMapping(path = "/graphiql/operations", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public List<ExampleOperation> operations() {
        return examples;
    }

    public static List<ExampleOperation> loadExamples() {
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            Resource[] documents = resolver.getResources("classpath*:graphql-operations/*.graphql");
            List<ExampleOperation> result = new ArrayList<>();
            for (Resource doc : Arrays.stream(documents).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                String name = doc.getFilename().replaceFirst("\\.graphql$", "");
                Resource vars = doc.createRelative(name + ".json");
                result.add(new ExampleOperation(name, doc.getContentAsString(StandardCharsets.UTF_8),
                        vars.exists() ? vars.getContentAsString(StandardCharsets.UTF_8) : null));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example operations on the classpath", e);
        }
    }
}
