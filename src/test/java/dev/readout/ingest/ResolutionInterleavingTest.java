package dev.readout.ingest;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.extraction.Evidence;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.Extraction;
import dev.readout.mongo.EmbeddedMongo;
import dev.readout.mongo.Leases;
import dev.readout.mongo.MongoConfiguration;
import dev.readout.participant.Participant;
import dev.readout.participant.ParticipantKind;
import dev.readout.participant.ParticipantResolver;
import dev.readout.call.CallResolver;
import dev.readout.statement.StatementResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dangerous interleaving, forced: resolution A reads the store, then is paused just before its first write;
 * meanwhile resolution B, through another client as another Readout process would, resolves an article reporting the
 * same call. A read before B wrote, so if B could finish now A would write a second Blinken, a second Lavrov and a
 * second call. The lease makes B wait until A is done, and B then finds A's records.
 *
 * <p>The control run, without the lease, shows the interleaving is real: the same pause gives the copies.
 */
class ResolutionInterleavingTest {

    static EmbeddedMongo server;
    static MongoClient clientA, clientB;
    static MongoTemplate a, b;
    /** Armed: the next write through client A waits here until released. */
    static volatile CountDownLatch pauseA;
    /** Counted down when A is paused. */
    static volatile CountDownLatch pausedA;

    @BeforeAll
    static void start() {
        server = EmbeddedMongo.start(EmbeddedMongo.MEMORY);
        CommandListener pauseBeforeFirstWrite = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                CountDownLatch pause = pauseA;
                if (pause != null && isResolutionWrite(event)) {
                    pauseA = null;
                    pausedA.countDown();
                    try {
                        pause.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        clientA = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString(MongoConfiguration.DATABASE)))
                .addCommandListener(pauseBeforeFirstWrite).build());
        clientB = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE));
        a = MongoConfiguration.standaloneTemplate(clientA, MongoConfiguration.DATABASE);
        b = MongoConfiguration.standaloneTemplate(clientB, MongoConfiguration.DATABASE);
    }

    /** A write of resolution's own data; the lease's bookkeeping is not one. */
    static boolean isResolutionWrite(CommandStartedEvent e) {
        String name = e.getCommandName();
        return Set.of("insert", "update", "delete", "findAndModify").contains(name)
                && !Leases.COLLECTION.equals(e.getCommand().getString(name).getValue());
    }

    @AfterAll
    static void stop() {
        clientA.close();
        clientB.close();
        server.close();
    }

    @BeforeEach
    void empty() {
        for (String c : CorpusResolutionTest.COLLECTIONS) {
            b.remove(new Query(), c);
        }
        b.remove(new Query(), Leases.COLLECTION);
    }

    /** One article's report of the Blinken–Lavrov call of 1 February 2022, in words written for this test. */
    static Extraction blinkenLavrov(String sentence) {
        return new Extraction(List.of(new ExtractedCall(List.of(
                new ExtractedParticipant("Antony Blinken", ParticipantKind.PERSON, "Secretary of State", null, "US", List.of()),
                new ExtractedParticipant("Sergey Lavrov", ParticipantKind.PERSON, "Foreign Minister", null, "RU", List.of())),
                LocalDate.of(2022, 2, 1), DatePrecision.DAY, "on Tuesday", CallMedium.PHONE, CallStatus.HELD,
                List.of(new Evidence(sentence, 0, sentence.length())))), List.of());
    }

    @Test
    void withTheLeaseTheSecondResolutionWaitsAndFindsTheFirstOnesRecords() throws Exception {
        Resolver resolverA = Resolver.on(a);
        Resolver resolverB = Resolver.on(b);
        // B cannot finish while A holds the lease: two seconds of A's pause show it waiting
        Outcome o = interleave(resolverA, resolverB, Duration.ofSeconds(2));

        assertThat(o.secondFinishedWhileFirstPaused()).as("B finished while A held the lease").isFalse();
        assertThat(b.findAll(Participant.class)).extracting(Participant::name)
                .containsExactlyInAnyOrder("Antony Blinken", "Sergey Lavrov");
        List<Call> calls = b.findAll(Call.class);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).mentions()).hasSize(2);
    }

    @Test
    void withoutTheLeaseTheSameInterleavingWritesCopies() throws Exception {
        Leases none = new Leases(a, Duration.ofSeconds(30), Duration.ofSeconds(30)) {
            @Override
            public <T> T holding(String key, Supplier<T> work) {
                return work.get();
            }
        };
        Resolver resolverA = new Resolver(new ParticipantResolver(a), new CallResolver(a), new StatementResolver(a), none);
        Resolver resolverB = new Resolver(new ParticipantResolver(b), new CallResolver(b), new StatementResolver(b), none);
        // nothing holds B back: it finishes while A is paused (given all the time it needs)
        Outcome o = interleave(resolverA, resolverB, Duration.ofSeconds(60));

        assertThat(o.secondFinishedWhileFirstPaused()).isTrue();
        assertThat(b.findAll(Participant.class)).hasSize(4);
        assertThat(b.findAll(Call.class)).hasSize(2);
    }

    record Outcome(boolean secondFinishedWhileFirstPaused) {
    }

    /** A resolves article "a" and is paused before its first write; B resolves article "b"; then A goes on. */
    static Outcome interleave(Resolver resolverA, Resolver resolverB, Duration watch) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        pausedA = new CountDownLatch(1);
        pauseA = release;
        CompletableFuture<?> first = CompletableFuture.runAsync(() -> resolverA.resolve("article-a",
                blinkenLavrov("Blinken spoke by phone with Lavrov on Tuesday."), LocalDate.of(2022, 2, 1)));
        assertThat(pausedA.await(30, TimeUnit.SECONDS)).as("A reached its first write").isTrue();
        CompletableFuture<?> second = CompletableFuture.runAsync(() -> resolverB.resolve("article-b",
                blinkenLavrov("Lavrov and Blinken held a telephone call on Tuesday."), LocalDate.of(2022, 2, 2)));
        boolean finishedMeanwhile;
        try {
            second.get(watch.toMillis(), TimeUnit.MILLISECONDS);
            finishedMeanwhile = true;
        } catch (java.util.concurrent.TimeoutException waiting) {
            finishedMeanwhile = false;
        }
        release.countDown();
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        return new Outcome(finishedMeanwhile);
    }
}
