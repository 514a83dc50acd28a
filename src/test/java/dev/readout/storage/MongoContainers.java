package dev.readout.storage;

import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one MongoDB 8 container shared by every test that needs a real server (started on first use, stopped with the
 * JVM). Such tests carry {@code @Testcontainers(disabledWithoutDocker = true)} and are skipped where Docker is absent.
 */
public final class MongoContainers {

    private static MongoDBContainer mongo;

    private MongoContainers() {
    }

    public static synchronized String uri() {
        if (mongo == null) {
            mongo = new MongoDBContainer("mongo:8");
            mongo.start();
        }
        return mongo.getReplicaSetUrl("readout");
    }
}
