package dev.readout.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lease on the embedded server, through two separate clients as two Readout processes would hold them: one holder
 * at a time, a stopped holder's lease taken over once it expires, and a holder that lost its lease told so.
 */
class LeasesTest {

    static EmbeddedMongo server;
    static MongoClient clientA, clientB;
    static MongoTemplate a, b;

    @BeforeAll
    static void start() {
        server = EmbeddedMongo.start(EmbeddedMongo.MEMORY);
        clientA = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE));
        clientB = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE));
        a = MongoConfiguration.standaloneTemplate(clientA, MongoConfiguration.DATABASE);
        b = MongoConfiguration.standaloneTemplate(clientB, MongoConfiguration.DATABASE);
    }

    @AfterAll
    static void stop() {
        clientA.close();
        clientB.close();
        server.close();
    }

    @BeforeEach
    void noLeases() {
        a.remove(new Query(), Leases.COLLECTION);
    }

    @Test
    void oneHolderAtATimeAcrossClients() throws Exception {
        Leases[] leases = {new Leases(a, Duration.ofSeconds(30), Duration.ofSeconds(60)),
                new Leases(b, Duration.ofSeconds(30), Duration.ofSeconds(60))};
        AtomicInteger inside = new AtomicInteger();
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Leases l = leases[i % 2];
            done.add(pool.submit(() -> {
                go.await();
                for (int k = 0; k < 5; k++) {
                    l.holding("work", () -> {
                        seen.add(inside.incrementAndGet());
                        Thread.onSpinWait();
                        inside.decrementAndGet();
                        return null;
                    });
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        // forty turns, never two inside at once, and nothing left behind
        assertThat(seen).hasSize(40).containsOnly(1);
        assertThat(a.count(new Query(), Leases.COLLECTION)).isZero();
    }

    @Test
    void aStoppedHoldersLeaseIsTakenOverWhenItExpiresAndItsHolderIsToldItLostIt() {
        Leases shortLived = new Leases(a, Duration.ofMillis(300), Duration.ofSeconds(5));
        Leases other = new Leases(b, Duration.ofSeconds(30), Duration.ofSeconds(5));
        // a holder that stops renewing: taken directly, then left alone past its time to live
        shortLived.acquire("work", "stopped-holder");
        long t0 = System.nanoTime();
        String result = other.holding("work", () -> "done");
        assertThat(result).isEqualTo("done");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("waited for the expiry").isGreaterThan(Duration.ofMillis(100));

        // a holder whose lease is taken while it works (frozen past the TTL) hears of it, and works again
        AtomicInteger runs = new AtomicInteger();
        Leases frozen = new Leases(a, Duration.ofMillis(300), Duration.ofSeconds(5));
        String again = frozen.holding("work", () -> {
            if (runs.incrementAndGet() == 1) {
                // another process takes the lease as if this one had stopped
                b.updateFirst(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is("work")),
                        org.springframework.data.mongodb.core.query.Update.update("owner", "someone-else"),
                        Leases.COLLECTION);
            }
            return "run " + runs.get();
        });
        assertThat(again).isEqualTo("run 2");
    }

    @Test
    void aTakerGivesUpAfterItsMaximumWaitWithAClearMessage() {
        new Leases(a, Duration.ofSeconds(30), Duration.ofSeconds(1)).acquire("work", "holder");
        Leases impatient = new Leases(b, Duration.ofSeconds(30), Duration.ofMillis(200));
        assertThatThrownBy(() -> impatient.holding("work", () -> "never"))
                .hasMessageContaining("could not take the lease 'work'");
    }
}
