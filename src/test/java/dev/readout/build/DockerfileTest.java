package dev.readout.build;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Docker image builds from a fresh clone: the Dockerfile's build stage (JDK 17, Maven, Node) copies every file of
 * every path the Maven build reads, as derived from pom.xml by {@link MavenBuildInputs}, to where Maven expects it,
 * and {@code .dockerignore} keeps build output and installed npm packages out of the context. No Docker engine
 * needed: the stage is worked out by {@link DockerBuildStage}. The image build skips the tests, so what only tests
 * read ({@code eval/}, the shared corpus) need not be in it.
 */
class DockerfileTest {

    private static final Path REPO = Path.of("").toAbsolutePath();

    private static String dockerfile;
    private static String dockerignore;
    private static List<String> context;

    @BeforeAll
    static void read() throws Exception {
        dockerfile = Files.readString(REPO.resolve("Dockerfile"));
        dockerignore = Files.readString(REPO.resolve(".dockerignore"));
        context = DockerBuildStage.context(REPO, dockerignore);
    }

    @Test
    void buildStageHoldsEveryFileTheMavenBuildReads() {
        Set<String> inputs = MavenBuildInputs.topLevel(REPO);
        // the derivation finds at least today's inputs (a check on the derivation, not the list the test uses)
        assertThat(inputs).contains("pom.xml", "src", "graphql", "graphiql-ui");

        DockerBuildStage.Stage stage = DockerBuildStage.of(dockerfile, context);
        List<String> needed = MavenBuildInputs.files(REPO, inputs);
        assertThat(needed).contains("pom.xml", "graphiql-ui/package.json", "graphiql-ui/package-lock.json",
                "graphiql-ui/build.mjs");
        assertThat(needed.stream().filter(f -> !stage.holds(f)).toList())
                .as("files the Maven build reads (inputs %s) missing from the Dockerfile's build stage under %s",
                        inputs, stage.workdir())
                .isEmpty();
    }

    @Test
    void buildStageHasJdk17MavenAndNode() {
        DockerBuildStage.Stage stage = DockerBuildStage.of(dockerfile, context);
        assertThat(stage.baseImage()).as("build stage image").contains("maven").containsPattern("(jdk|temurin)-?17");
        // Node and npm before Maven runs: the pom runs 'npm ci' and 'node build.mjs' in graphiql-ui/
        assertThat(stage.text()).containsPattern("(?m)\\bnode\\b").containsPattern("(?m)\\bnpm\\b");
    }

    @Test
    void contextLeavesOutBuildOutputAndInstalledPackages() {
        DockerBuildStage.DockerIgnore ignore = new DockerBuildStage.DockerIgnore(dockerignore);
        assertThat(List.of("target/readout-0.1.0.jar", "graphiql-ui/node_modules/react/index.js",
                "node_modules/x/index.js", "data/readout.mv.db", ".git/HEAD")).allMatch(ignore::excludes);
        assertThat(List.of("pom.xml", "graphiql-ui/package-lock.json", "src/main/java/dev/readout/ReadoutApplication.java"))
                .noneMatch(ignore::excludes);
    }

    // The checks above can fail: each of these mistakes is caught.

    @Test
    void aForgottenBuildInputIsCaught() {
        String withoutUi = dockerfile.replaceAll("(?m)^COPY graphiql-ui graphiql-ui\\s*$", "");
        assertThat(withoutUi).isNotEqualTo(dockerfile);
        DockerBuildStage.Stage stage = DockerBuildStage.of(withoutUi, context);
        assertThat(stage.holds("graphiql-ui/build.mjs")).isFalse();
        assertThat(stage.holds("graphiql-ui/package-lock.json")).isTrue();

        // the old Dockerfile: pom.xml, graphql and src only
        DockerBuildStage.Stage old = DockerBuildStage.of("""
                FROM maven:3.9-eclipse-temurin-17 AS build
                WORKDIR /src
                COPY pom.xml .
                RUN mvn -B -q dependency:go-offline
                COPY graphql graphql
                COPY src src
                RUN mvn -B -q package -DskipTests
                """, context);
        assertThat(old.holds("pom.xml")).isTrue();
        assertThat(old.holds("graphql/schema/call.graphqls")).isTrue();
        assertThat(old.holds("graphiql-ui/package-lock.json")).isFalse();

        // copying a directory's contents to the wrong place is no copy
        DockerBuildStage.Stage flattened = DockerBuildStage.of(dockerfile.replace("COPY graphql graphql", "COPY graphql ."),
                context);
        assertThat(flattened.holds("graphql/schema/" + firstFile("graphql/schema"))).isFalse();
    }

    @Test
    void aNewBuildInputInThePomIsDerived() throws Exception {
        String pom = Files.readString(REPO.resolve("pom.xml"));
        String withResource = pom.replace("<resources>", """
                <resources>
                  <resource><directory>lexicons</directory></resource>""");
        assertThat(MavenBuildInputs.topLevel(REPO, withResource)).contains("lexicons");
        String withPlugin = pom.replace("<workingDirectory>${project.basedir}/graphiql-ui</workingDirectory>",
                "<workingDirectory>${project.basedir}/explorer-ui</workingDirectory>");
        assertThat(MavenBuildInputs.topLevel(REPO, withPlugin)).contains("explorer-ui");
    }

    @Test
    void aFileTheFrontEndBuildReadsFromBesideItIsDerived(@TempDir Path repo) throws Exception {
        Files.writeString(repo.resolve("pom.xml"), """
                <project><build><plugins><plugin><artifactId>exec-maven-plugin</artifactId><configuration>
                  <executable>node</executable><workingDirectory>${project.basedir}/ui</workingDirectory>
                </configuration></plugin></plugins></build></project>""");
        Files.createDirectories(repo.resolve("ui/src"));
        Files.createDirectories(repo.resolve("lexicons"));
        Files.createDirectories(repo.resolve("docs"));
        Files.writeString(repo.resolve("lexicons/triggers.txt"), "call\n");
        Files.writeString(repo.resolve("docs/intro.md"), "# intro\n");
        Files.writeString(repo.resolve("ui/build.mjs"), "const words = readFileSync('../lexicons/triggers.txt');\n");
        Files.writeString(repo.resolve("ui/src/index.jsx"), "import intro from '../../docs/intro.md';\n"
                + "fetch(new URL('../graphql', location.href));\n");
        assertThat(MavenBuildInputs.topLevel(repo)).containsExactlyInAnyOrder("pom.xml", "src", "ui", "lexicons", "docs");
    }

    @Test
    void anIgnoredLockFileIsCaught() {
        List<String> without = DockerBuildStage.context(REPO, dockerignore + "\n**/package-lock.json\n");
        DockerBuildStage.Stage stage = DockerBuildStage.of(dockerfile, without);
        assertThat(stage.holds("graphiql-ui/package-lock.json")).isFalse();
        List<String> reincluded = DockerBuildStage.context(REPO, dockerignore + "\n**/*.json\n!graphiql-ui/package-lock.json\n");
        assertThat(reincluded).contains("graphiql-ui/package-lock.json").doesNotContain("graphiql-ui/package.json");
    }

    private static String firstFile(String dir) {
        return context.stream().filter(f -> f.startsWith(dir + "/")).findFirst()
                .map(f -> f.substring(dir.length() + 1)).orElseThrow();
    }
}
