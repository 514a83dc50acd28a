package dev.readout.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

/**
 * A measurement, not a test: "calls of one participant, newest first, 21" on the embedded server (files), on a
 * collection with the participantIds_date index and on the same documents without it.
 * <p>
 * {@code mvn -q -B test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt) dev.readout.mongo.ParticipantQueryBench 100000}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class ParticipantQueryBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int people = 3000;
        Path dir = Files.createTempDirectory("bench");
        EmbeddedMongo mongo = EmbeddedMongo.start(dir.toString());
        try (MongoClient client = MongoClients.create(mongo.connectionString("readout"))) {
            MongoCollection<Document> indexed = client.getDatabase("readout").getCollection("calls");
            MongoCollection<Document> plain = client.getDatabase("readout").getCollection("callsNoIndex");
            indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("participantIds"), Indexes.descending("date")),
                    new IndexOptions().name("participantIds_date"));
            Random random = new Random(7);
            long t0 = System.nanoTime();
            for (int done = 0; done < n; done += 1000) {
                List<Document> batch = new ArrayList<>();
                for (int i = 0; i < 1000 && done + i < n; i++) {
                    List<String> ids = new ArrayList<>();
                    int k = 2 + random.nextInt(2);
                    while (ids.size() < k) {
                        // heavy tail: participant p0 is in about 1 call of 10, most are rare
                        String p = "p" + (int) (people * Math.pow(random.nextDouble(), 3));
                        if (!ids.contains(p)) {
                            ids.add(p);
                        }
                    }
                    batch.add(new Document("participantIds", ids)
                            .append("date", new Date(1_600_000_000_000L + random.nextInt(5 * 365) * 86_400_000L))
                            .append("medium", "PHONE").append("status", "REPORTED")
                            .append("mentions", List.of(new Document("articleId", "a" + random.nextInt(n))
                                    .append("sentence", "A sentence of some length that says who called whom.")
                                    .append("start", 10).append("end", 40))));
                }
                indexed.insertMany(batch);
                plain.insertMany(batch.stream().map(Document::new).toList());
            }
            System.out.printf("inserted %d calls into both collections in %.1f s; store file %.1f MB%n", n,
                    (System.nanoTime() - t0) / 1e9, Files.size(dir.resolve(EmbeddedMongo.STORE_FILE)) / 1e6);
            Document sort = new Document("date", -1).append("_id", -1);
            for (String p : List.of("p0", "p10", "p300", "p2900")) {
                Document query = new Document("$and", List.of(new Document("participantIds", new Document("$all", List.of(p)))));
                long matches = plain.countDocuments(query);
                double withIndex = time(() -> indexed.find(query).sort(sort).limit(21).into(new ArrayList<>()).size(), 20);
                double without = time(() -> plain.find(query).sort(sort).limit(21).into(new ArrayList<>()).size(), 3);
                double count = time(() -> (int) indexed.countDocuments(query), 3);
                System.out.printf("%-6s %6d calls: page with index %8.2f ms, without %8.2f ms; countDocuments %8.2f ms%n",
                        p, matches, withIndex, without, count);
            }
        } finally {
            mongo.close();
        }
    }

    private static double time(java.util.function.IntSupplier query, int runs) {
        query.getAsInt(); // warm
        long t = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            query.getAsInt();
        }
        return (System.nanoTime() - t) / 1e6 / runs;
    }
}
