package dev.readout.build;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The top-level repository paths a Maven build of this project reads, derived from the pom rather than listed: the
 * pom itself, {@code .mvn/} when present, the source and resource directories (Maven's defaults where the pom sets
 * none), every path under the project directory that the pom names ({@code ${project.basedir}/...} in plugin
 * configuration, profile activation files), and whatever the scripts run in those directories read from outside them
 * (a {@code '../x'} literal in the front-end build).
 */
final class MavenBuildInputs {

    /** Generated, never inputs: build output and installed npm packages. */
    static final Set<String> GENERATED = Set.of("target", "node_modules");

    private static final List<String> DEFAULT_DIRECTORIES = List.of("src/main/java", "src/main/resources",
            "src/test/java", "src/test/resources");
    private static final Pattern BASEDIR_PATH = Pattern.compile("\\$\\{(?:project\\.)?basedir}/([^\\s<>\"'${}]+)");
    private static final Pattern PARENT_PATH = Pattern.compile("[\"'`]((?:\\.\\./)+[^\"'`\\s]*)");
    private static final Set<String> PATH_ELEMENTS = Set.of("directory", "sourceDirectory", "testSourceDirectory",
            "scriptSourceDirectory", "workingDirectory", "exists", "missing");

    private MavenBuildInputs() {
    }

    /** Top-level names (files or directories) relative to the repository root, for the pom at {@code repo/pom.xml}. */
    static Set<String> topLevel(Path repo) {
        try {
            return topLevel(repo, Files.readString(repo.resolve("pom.xml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> topLevel(Path repo, String pom) {
        Set<String> paths = new TreeSet<>();
        paths.add("pom.xml");
        if (Files.isDirectory(repo.resolve(".mvn"))) {
            paths.add(".mvn");
        }
        paths.addAll(DEFAULT_DIRECTORIES);
        Set<String> workingDirectories = new TreeSet<>();
        Element root = parse(pom).getDocumentElement();
        for (Element e : descendants(root)) {
            String text = directText(e).trim();
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = BASEDIR_PATH.matcher(text);
            while (m.find()) {
                paths.add(m.group(1));
                if (e.getTagName().equals("workingDirectory")) {
                    workingDirectories.add(m.group(1));
                }
            }
            if (PATH_ELEMENTS.contains(e.getTagName()) && !text.startsWith("$") && !text.startsWith("/")) {
                paths.add(text);
                if (e.getTagName().equals("workingDirectory")) {
                    workingDirectories.add(text);
                }
            }
        }
        // what the scripts run in a working directory read from beside it ('../graphql/...' in build.mjs)
        for (String dir : workingDirectories) {
            paths.addAll(parentReferences(repo, repo.resolve(dir)));
        }
        Set<String> top = new TreeSet<>();
        for (String p : paths) {
            String first = p.replace('\\', '/').replaceFirst("^\\./", "").split("/")[0];
            if (!first.isEmpty() && !first.equals(".") && !first.equals("..") && !GENERATED.contains(first)) {
                top.add(first);
            }
        }
        return top;
    }

    /** Every file under the given top-level paths, relative to the repository, generated directories left out. */
    static List<String> files(Path repo, Set<String> topLevel) {
        List<String> out = new ArrayList<>();
        for (String name : topLevel) {
            Path p = repo.resolve(name);
            if (Files.isRegularFile(p)) {
                out.add(name);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .map(f -> repo.relativize(f).toString().replace('\\', '/'))
                            .filter(f -> Stream.of(f.split("/")).noneMatch(GENERATED::contains))
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /**
     * Existing repository paths outside {@code dir} that its scripts and sources name with {@code ../}, resolved
     * against the file's own directory (an import) and against {@code dir} (a path in a script run from there).
     */
    private static Set<String> parentReferences(Path repo, Path dir) {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        Path root = repo.toAbsolutePath().normalize();
        Path inside = dir.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile)
                    .filter(f -> Stream.of(dir.relativize(f).toString().split("[/\\\\]")).noneMatch(GENERATED::contains))
                    .filter(f -> f.toString().matches(".*\\.(mjs|cjs|js|jsx|ts|tsx|json)$"))
                    .filter(f -> !f.getFileName().toString().equals("package-lock.json")).toList()) {
                Matcher m = PARENT_PATH.matcher(Files.readString(f));
                while (m.find()) {
                    for (Path base : List.of(f.toAbsolutePath().getParent(), inside)) {
                        Path target = base.resolve(m.group(1)).normalize();
                        if (target.startsWith(root) && !target.startsWith(inside) && !target.equals(root)
                                && Files.exists(target)) {
                            out.add(root.relativize(target).toString().replace('\\', '/'));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                    xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("pom.xml does not parse", e);
        }
    }

    private static List<Element> descendants(Element root) {
        List<Element> out = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static String directText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            }
        }
        return sb.toString();
    }
}
