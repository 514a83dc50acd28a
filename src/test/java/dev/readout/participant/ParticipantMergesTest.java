package dev.readout.participant;

import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.extraction.Evidence;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.Extraction;
import dev.readout.graphql.BadRequestException;
import dev.readout.ingest.Resolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * A user's merge of two participants the resolver keeps apart: one participant with both's calls, kept when the
 * articles are resolved again in another order and for articles that come later, and undone on request.
 */
class ParticipantMergesTest {

    static MemoryStore store;
    static MongoTemplate mongo;
    static Resolver resolver;
    static ParticipantMerges merges;

    @BeforeAll
    static void start() {
        store = new MemoryStore();
        mongo = store.mongo;
        resolver = store.resolver;
        merges = new ParticipantMerges(mongo, resolver);
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @BeforeEach
    void empty() {
        store.empty();
    }

    /** A call between two people on a day, as an article without roles or countries reports it. */
    static Extraction call(String a, String b, String day) {
        String sentence = a + " spoke with " + b + ".";
        return new Extraction(List.of(new ExtractedCall(List.of(ExtractedParticipant.person(a), ExtractedParticipant.person(b)),
                LocalDate.parse(day), DatePrecision.DAY, null, CallMedium.PHONE, CallStatus.HELD,
                List.of(new Evidence(sentence, 0, sentence.length())))), List.of());
    }

    static Participant named(String name) {
        return mongo.findOne(query(where("name").is(name)), Participant.class);
    }

    static void resolveAll() {
        // a typo the resolver cannot confirm (no role or country): "Anthony Blinke" stays apart from Antony Blinken
        resolver.resolve("a1", call("Anthony Blinke", "Sergey Lavrov", "2022-02-01"), null);
        resolver.resolve("a2", call("Antony Blinken", "Dmytro Kuleba", "2022-02-02"), null);
        resolver.resolve("a4", call("Antony Blinken", "Liz Truss", "2022-02-03"), null);
    }

    @Test
    void mergedParticipantsAreOneWithBothCallsUntilTheMergeIsUndone() {
        resolveAll();
        Participant typo = named("Anthony Blinke"), right = named("Antony Blinken");
        assertThat(typo).isNotNull();
        assertThat(right).isNotNull();

        ParticipantMerges.Merged m = merges.merge(typo.id(), right.id(), "typo in the source");
        // the shown name is the spelling the other mentions share, not the one-off typo
        assertThat(m.participant().name()).isEqualTo("Antony Blinken");
        assertThat(m.participant().aliases()).contains("Anthony Blinke");
        assertThat(mongo.find(query(where("participantIds").is(m.participant().id())), Call.class)).hasSize(3);
        assertThat(mongo.count(query(where("kind").is("PERSON")), Participant.class)).isEqualTo(4);
        assertThat(merges.of(List.of(m.participant())).get(m.participant())).extracting(ParticipantMerge::id)
                .containsExactly(m.merge().id());

        // merging the same two again, either way round, is the same decision
        Participant merged = m.participant();
        assertThatThrownBy(() -> merges.merge(merged.id(), merged.id(), null)).isInstanceOf(BadRequestException.class);

        ParticipantMerges.Undone u = merges.undo(m.merge().id());
        assertThat(u.participants()).extracting(Participant::name).containsExactly("Anthony Blinke", "Antony Blinken");
        // back to what the articles alone give, ids included
        assertThat(named("Anthony Blinke").id()).isEqualTo(typo.id());
        assertThat(named("Antony Blinken").id()).isEqualTo(right.id());
        assertThat(mongo.count(new Query(), ParticipantMerge.class)).isZero();
    }

    @Test
    void aMergeHoldsWhenArticlesAreResolvedAgainInAnotherOrderAndForLaterArticles() {
        resolveAll();
        ParticipantMerges.Merged m = merges.merge(named("Anthony Blinke").id(), named("Antony Blinken").id(), null);

        // re-extraction: every article forgotten, then resolved again, the other way round
        List.of("a1", "a2", "a4").forEach(resolver::forget);
        assertThat(mongo.count(new Query(), Participant.class)).isZero();
        resolver.resolve("a4", call("Antony Blinken", "Liz Truss", "2022-02-03"), null);
        resolver.resolve("a2", call("Antony Blinken", "Dmytro Kuleba", "2022-02-02"), null);
        resolver.resolve("a1", call("Anthony Blinke", "Sergey Lavrov", "2022-02-01"), null);
        Participant again = named("Antony Blinken");
        assertThat(again.id()).isEqualTo(m.participant().id());
        assertThat(named("Anthony Blinke")).isNull();

        // a later article with the typo alone joins the merged participant
        resolver.resolve("a3", call("Anthony Blinke", "Wang Yi", "2022-03-01"), null);
        assertThat(mongo.find(query(where("participantIds").is(again.id())), Call.class)).hasSize(4);
    }

    @Test
    void onlyParticipantsOfOneKindWithNamesThatSayWhoTheyAreCanBeMerged() {
        resolver.resolve("b1", new Extraction(List.of(new ExtractedCall(List.of(ExtractedParticipant.person("Blinken"),
                new ExtractedParticipant("NATO", ParticipantKind.ORGANIZATION, null, null, null, List.of()),
                ExtractedParticipant.person("Dmytro Kuleba")), LocalDate.parse("2022-02-02"), DatePrecision.DAY, null,
                CallMedium.PHONE, CallStatus.HELD, List.of(new Evidence("x", 0, 1)))), List.of()), null);
        Participant nato = named("NATO"), kuleba = named("Dmytro Kuleba"), blinken = named("Blinken");
        assertThatThrownBy(() -> merges.merge(nato.id(), kuleba.id(), null)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("one kind");
        assertThatThrownBy(() -> merges.merge(blinken.id(), kuleba.id(), null)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("family name");
    }
}
