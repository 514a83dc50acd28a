package dev.readout.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a Dockerfile's build stage holds when it runs Maven, worked out without a Docker engine: the build context is
 * the repository minus what {@code .dockerignore} excludes, and the stage's {@code COPY}/{@code ADD} instructions
 * before the {@code RUN mvn ...} place context files under the image paths computed here (Docker's rules: a
 * directory source copies its contents into the destination; a file goes to the destination, or into it when the
 * destination ends with {@code /} or there are several sources).
 */
final class DockerBuildStage {

    /** The build stage's base image, its Maven working directory and the image paths of the files copied into it. */
    record Stage(String baseImage, String text, String workdir, Set<String> files) {

        boolean holds(String repoPath) {
            return files.contains(join(workdir, repoPath));
        }
    }

    private DockerBuildStage() {
    }

    /** The stage of {@code dockerfile} that runs Maven, given the build context files (repository-relative). */
    static Stage of(String dockerfile, List<String> contextFiles) {
        List<String[]> instructions = instructions(dockerfile);
        // the stage that runs Maven: from its FROM to its first RUN of mvn
        int from = -1;
        int mvn = -1;
        for (int i = 0; i < instructions.size(); i++) {
            String op = instructions.get(i)[0];
            if (op.equals("FROM")) {
                from = i;
            } else if (op.equals("RUN") && Pattern.compile("\\bmvnw?\\b.*\\b(package|verify|install)\\b")
                    .matcher(instructions.get(i)[1]).find() && from >= 0) {
                mvn = i;
                break;
            }
        }
        if (mvn < 0) {
            throw new AssertionError("no stage of the Dockerfile runs 'mvn ... package'");
        }
        String baseImage = instructions.get(from)[1].trim().split("\\s+")[0];
        StringBuilder text = new StringBuilder();
        String workdir = "/";
        Set<String> files = new TreeSet<>();
        for (int i = from; i <= mvn; i++) {
            String op = instructions.get(i)[0];
            String args = instructions.get(i)[1];
            text.append(op).append(' ').append(args).append('\n');
            if (op.equals("WORKDIR")) {
                workdir = join(workdir, args.trim());
            } else if ((op.equals("COPY") || op.equals("ADD")) && !args.contains("--from=")) {
                copy(words(args), workdir, contextFiles, files);
            }
        }
        return new Stage(baseImage, text.toString(), workdir, files);
    }

    /** Repository files (relative, '/'-separated) that {@code .dockerignore} leaves in the build context. */
    static List<String> context(Path repo, String dockerignore) {
        DockerIgnore ignore = new DockerIgnore(dockerignore);
        List<String> out = new ArrayList<>();
        try {
            Files.walkFileTree(repo, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String d = repo.relativize(dir).toString().replace('\\', '/');
                    // an excluded directory can be skipped whole unless a '!' line may bring part of it back
                    boolean skip = d.equals(".git") || (!d.isEmpty() && !ignore.hasExceptions() && ignore.excludes(d));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String f = repo.relativize(file).toString().replace('\\', '/');
                    if (attrs.isRegularFile() && !f.equals(".git") && !ignore.excludes(f)) {
                        out.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void copy(List<String> words, String workdir, List<String> context, Set<String> files) {
        List<String> operands = words.stream().filter(w -> !w.startsWith("--")).toList();
        if (operands.size() < 2) {
            return;
        }
        List<String> sources = operands.subList(0, operands.size() - 1);
        String dest = operands.get(operands.size() - 1);
        boolean intoDirectory = dest.endsWith("/") || dest.equals(".") || sources.size() > 1
                || sources.stream().anyMatch(DockerBuildStage::isGlob);
        String destPath = join(workdir, dest);
        for (String source : sources) {
            String src = normalize(source);
            Pattern glob = DockerIgnore.glob(src);
            for (String file : context) {
                if (src.isEmpty()) {
                    files.add(join(destPath, file));
                    continue;
                }
                // the matched top-level source: the file itself, or a directory above it
                String matched = null;
                String[] parts = file.split("/");
                StringBuilder prefix = new StringBuilder();
                for (String part : parts) {
                    prefix.append(prefix.length() == 0 ? "" : "/").append(part);
                    if (glob.matcher(prefix).matches()) {
                        matched = prefix.toString();
                        break;
                    }
                }
                if (matched == null) {
                    continue;
                }
                if (matched.equals(file)) {
                    files.add(intoDirectory ? join(destPath, parts[parts.length - 1]) : destPath);
                } else {
                    files.add(join(destPath, file.substring(matched.length() + 1)));
                }
            }
        }
    }

    /** Instructions as [OPERATION, arguments], continuation lines joined, comments dropped. */
    static List<String[]> instructions(String dockerfile) {
        List<String[]> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String whole = current.toString().trim();
            current.setLength(0);
            if (whole.isEmpty()) {
                continue;
            }
            String[] split = whole.split("\\s+", 2);
            out.add(new String[]{split[0].toUpperCase(), split.length > 1 ? split[1] : ""});
        }
        return out;
    }

    /** Shell form or JSON (exec) form arguments. */
    private static List<String> words(String args) {
        String a = args.trim();
        List<String> flags = new ArrayList<>();
        while (a.startsWith("--")) {
            String[] split = a.split("\\s+", 2);
            flags.add(split[0]);
            a = split.length > 1 ? split[1].trim() : "";
        }
        List<String> out = new ArrayList<>(flags);
        if (a.startsWith("[")) {
            for (String w : a.substring(1, a.lastIndexOf(']')).split(",")) {
                out.add(w.trim().replaceAll("^\"|\"$", ""));
            }
        } else {
            out.addAll(List.of(a.split("\\s+")));
        }
        return out;
    }

    private static boolean isGlob(String s) {
        return s.contains("*") || s.contains("?") || s.contains("[");
    }

    /** A context-relative source: no leading './' or '/', no trailing '/'; "" for the whole context. */
    private static String normalize(String source) {
        String s = source.replace('\\', '/');
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        s = s.replaceAll("^/+", "").replaceAll("/+$", "");
        return s.equals(".") ? "" : s;
    }

    static String join(String base, String path) {
        String p = path.startsWith("/") ? path : (base.endsWith("/") ? base : base + "/") + path;
        List<String> parts = new ArrayList<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** {@code .dockerignore}: Go-style globs with {@code **}, later lines win, {@code !} re-includes. */
    static final class DockerIgnore {

        private final List<Pattern> patterns = new ArrayList<>();
        private final List<Boolean> exceptions = new ArrayList<>();

        DockerIgnore(String text) {
            for (String line : text.split("\\R")) {
                String l = line.trim();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                boolean exception = l.startsWith("!");
                if (exception) {
                    l = l.substring(1).trim();
                }
                l = normalize(l);
                if (!l.isEmpty()) {
                    patterns.add(glob(l));
                    exceptions.add(exception);
                }
            }
        }

        boolean hasExceptions() {
            return exceptions.contains(true);
        }

        /** Whether the context leaves this file (or a directory above it) out. */
        boolean excludes(String file) {
            boolean excluded = false;
            for (int i = 0; i < patterns.size(); i++) {
                Pattern p = patterns.get(i);
                String[] parts = file.split("/");
                StringBuilder prefix = new StringBuilder();
                boolean hit = false;
                for (String part : parts) {
                    prefix.append(prefix.length() == 0 ? "" : "/").append(part);
                    if (p.matcher(prefix).matches()) {
                        hit = true;
                        break;
                    }
                }
                if (hit) {
                    excluded = !exceptions.get(i);
                }
            }
            return excluded;
        }

        /** A Go filepath.Match pattern with Docker's {@code **} (any number of directories) as a regex. */
        static Pattern glob(String glob) {
            StringBuilder re = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    re.append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                } else if (c == '*') {
                    re.append("[^/]*");
                } else if (c == '?') {
                    re.append("[^/]");
                } else if (c == '[') {
                    int end = glob.indexOf(']', i);
                    String cls = glob.substring(i + 1, end).replace("\\", "\\\\");
                    re.append('[').append(cls.startsWith("^") ? cls : cls.replaceFirst("^!", "^")).append(']');
                    i = end;
                } else {
                    re.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return Pattern.compile(re.toString());
        }
    }
}
