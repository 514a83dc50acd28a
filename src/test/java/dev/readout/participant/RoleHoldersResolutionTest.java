package dev.readout.participant;

import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.extraction.Evidence;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.Extraction;
import dev.readout.ingest.Resolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the resolver: a report naming one side only by role ("the foreign minister of China") is the same call as
 * a report naming the holder that day, and its role is the holder's participant; on a day the role is ambiguous, or
 * unknown, it stays a participant of its own article.
 */
class RoleHoldersResolutionTest {

    static MemoryStore store;
    static MongoTemplate mongo;
    static Resolver resolver;

    @BeforeAll
    static void start() {
        store = new MemoryStore();
        mongo = store.mongo;
        resolver = store.resolver;
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @BeforeEach
    void empty() {
        store.empty();
    }

    private static ExtractedParticipant person(String name, String country) {
        return new ExtractedParticipant(name, ParticipantKind.PERSON, null, null, country, List.of());
    }

    /** An in-person meeting of an Australian minister with {@code other} on {@code day} (null: no day given). */
    private static Extraction meeting(ExtractedParticipant other, String day) {
        String sentence = "The two ministers met in the capital.";
        return new Extraction(List.of(new ExtractedCall(List.of(person("Tom Harlow", "AU"), other),
                day == null ? null : LocalDate.parse(day), day == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, null,
                CallMedium.IN_PERSON, CallStatus.HELD, List.of(new Evidence(sentence, 0, sentence.length())))), List.of());
    }

    @Test
    void aRoleOnTheDayOfItsHoldersCallIsThatCall() {
        resolver.resolve("a1", meeting(person("Wang Yi", "CN"), "2022-12-21"), LocalDate.parse("2022-12-21"));
        resolver.resolve("a2", meeting(person("?foreign minister of China", "CN"), "2022-12-21"), LocalDate.parse("2022-12-22"));
        assertThat(mongo.findAll(Call.class)).hasSize(1);
        Participant wang = mongo.findAll(Participant.class).stream().filter(p -> p.name().equals("Wang Yi")).findFirst()
                .orElseThrow();
        assertThat(mongo.findAll(Sighting.class).stream().filter(s -> s.participantId().equals(wang.id()))).hasSize(2);
        assertThat(mongo.findAll(Participant.class)).noneMatch(p -> p.name().startsWith("?"));
    }

    @Test
    void aRoleOnAnotherHoldersDayIsNotHim() {
        // by 2023-03-02 Qin Gang held the office: the role is his, and his meeting is not Wang Yi's
        resolver.resolve("a1", meeting(person("Wang Yi", "CN"), "2023-03-02"), LocalDate.parse("2023-03-02"));
        resolver.resolve("a2", meeting(person("?foreign minister of China", "CN"), "2023-03-02"), LocalDate.parse("2023-03-02"));
        assertThat(mongo.findAll(Call.class)).hasSize(2);
        assertThat(mongo.findAll(Participant.class)).extracting(Participant::name).contains("Qin Gang", "Wang Yi");
    }

    @Test
    void aRoleWithNoDayAndNoPublicationDateOrOnAHandoverDayStaysARole() {
        resolver.resolve("a1", meeting(person("Wang Yi", "CN"), "2022-12-30"), LocalDate.parse("2022-12-30"));
        resolver.resolve("a2", meeting(person("?foreign minister of China", "CN"), "2022-12-30"), LocalDate.parse("2022-12-30"));
        resolver.resolve("a3", meeting(person("?foreign minister of China", "CN"), null), null);
        assertThat(mongo.findAll(Call.class)).hasSize(3);
        assertThat(mongo.findAll(Participant.class).stream().filter(p -> p.name().startsWith("?"))).hasSize(2);
    }
}
