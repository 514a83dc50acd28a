package dev.readout.build;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists the CoreNLP model files Readout's pipeline opens: loads the pipeline in a class loader that records every
 * resource looked up under {@code edu/stanford/nlp/models/}, extracts the given articles (so lazily loaded models are
 * in too) and prints the paths that exist, one a line. What it prints is the {@code <includes>} list of the slim
 * models in pom.xml ({@code slim-corenlp-models}); rerun it after changing the annotators:
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Dreadout.cp=target/classes:target/test-classes:$(cat target/cp.txt) -cp target/test-classes \
 *      dev.readout.build.ModelResources src/main/resources/samples/*.txt
 * </pre>
 */
public final class ModelResources {

    static final String MODELS = "edu/stanford/nlp/models/";

    public static void main(String[] args) throws Exception {
        List<URL> urls = new ArrayList<>();
        // the class path is given apart: CoreNLP asks the system class loader first, which must not find the models
        for (String entry : System.getProperty("readout.cp").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        Set<String> opened = new TreeSet<>();
        try (Recording loader = new Recording(urls.toArray(URL[]::new), opened)) {
            // CoreNLP looks models up through the thread's context class loader as well as its own
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> extractor = loader.loadClass("dev.readout.extraction.ReadoutExtractor");
            Object instance = extractor.getConstructor().newInstance();
            var extract = extractor.getMethod("extract", String.class, LocalDate.class);
            for (String a : args) {
                extract.invoke(instance, Files.readString(Path.of(a)), LocalDate.of(2022, 2, 24));
            }
        }
        opened.forEach(System.out::println);
    }

    /** Loads every class itself (so CoreNLP's own lookups come here) and records found model resources. */
    static final class Recording extends URLClassLoader {
        private final Set<String> opened;

        Recording(URL[] urls, Set<String> opened) {
            super(urls, ClassLoader.getPlatformClassLoader());
            this.opened = opened;
        }

        @Override
        public URL getResource(String name) {
            URL url = super.getResource(name);
            record(name, url != null);
            return url;
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            InputStream in = super.getResourceAsStream(name);
            record(name, in != null);
            return in;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            Enumeration<URL> found = super.getResources(name);
            record(name, found.hasMoreElements());
            return found;
        }

        private void record(String name, boolean found) {
            String n = name.startsWith("/") ? name.substring(1) : name;
            if (found && n.startsWith(MODELS)) {
                synchronized (opened) {
                    opened.add(n);
                }
            }
        }
    }
}
