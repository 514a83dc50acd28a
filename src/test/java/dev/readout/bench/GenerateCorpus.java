package dev.readout.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.readout.mongo.EmbeddedMongo;
import dev.readout.mongo.MongoConfiguration;
import dev.readout.mongo.StorageIndexes;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Locale;

/**
 * Writes a {@link SyntheticCorpus} into a store: the embedded server's files under a directory, or the MongoDB of
 * {@code MONGODB_URI} when that is set. A store that already holds the same size, seed and extractor version is kept
 * as it is (generating a million calls takes minutes); any other non-empty store is refused unless {@code --replace}.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      dev.readout.bench.GenerateCorpus --calls 100000 [--seed 7] [--storage target/bench/store-100000] [--replace]
 * </pre>
 * Then {@code mvn spring-boot:run -Dspring-boot.run.arguments="--readout.embedded.storage=target/bench/store-100000
 * --readout.samples.enabled=false"} serves it.
 */
public final class GenerateCorpus {

    public static final long DEFAULT_SEED = 7;

    private GenerateCorpus() {
    }

    public static void main(String[] args) {
        long calls = 10_000;
        long seed = DEFAULT_SEED;
        String storage = null;
        boolean replace = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--calls" -> calls = parseCount(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--storage" -> storage = args[++i];
                case "--replace" -> replace = true;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; usage: --calls N [--seed S] [--storage DIR] [--replace]");
            }
        }
        if (storage == null) {
            storage = "target/bench/store-" + calls;
        }
        SyntheticCorpus.Summary s = into(System.getenv("MONGODB_URI"), storage, calls, seed, replace);
        System.out.println(s == null ? "kept: the store already holds " + calls + " calls with seed " + seed
                : String.format(Locale.ROOT, "generated %,d calls, %,d participants, %,d articles, %,d statements"
                + " in %.1f s", s.calls(), s.participants(), s.articles(), s.statements(), s.seconds()));
    }

    /** Accepts 10000, 10k, 1m. */
    static long parseCount(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replace("_", "");
        long unit = t.endsWith("k") ? 1_000 : t.endsWith("m") ? 1_000_000 : 1;
        return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
    }

    /**
     * Generates into {@code uri}'s MongoDB, or when it is blank into the embedded server's files under {@code storage}
     * (closed again before returning, so that a Readout can open them). Null when the store already held the corpus.
     */
    public static SyntheticCorpus.Summary into(String uri, String storage, long calls, long seed, boolean replace) {
        EmbeddedMongo embedded = uri == null || uri.isBlank() ? EmbeddedMongo.start(storage) : null;
        String connection = embedded != null ? embedded.connectionString(MongoConfiguration.DATABASE) : uri;
        try (MongoClient client = MongoClients.create(connection)) {
            MongoTemplate mongo = MongoConfiguration.standaloneTemplate(client, MongoConfiguration.DATABASE);
            if (SyntheticCorpus.holds(mongo, calls, seed)) {
                return null;
            }
            if (replace) {
                mongo.getDb().drop();
            }
            // the service's indexes first, as a running Readout has them before its first write: building them over
            // a filled store at the next start-up would take minutes on the embedded server
            new StorageIndexes(mongo, embedded != null).afterPropertiesSet();
            long[] last = {System.nanoTime()};
            return SyntheticCorpus.generate(mongo, calls, seed, done -> {
                if (System.nanoTime() - last[0] > 5_000_000_000L || done == calls) {
                    last[0] = System.nanoTime();
                    System.out.printf(Locale.ROOT, "  %,d / %,d calls written%n", done, calls);
                }
            });
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
