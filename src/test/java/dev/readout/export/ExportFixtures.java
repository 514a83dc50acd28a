package dev.readout.export;

import dev.readout.SampleFacts;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.Extraction;
import dev.readout.ingest.IngestService;
import dev.readout.ingest.Resolver;
import dev.readout.participant.ParticipantKind;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.List;

/**
 * Stores known facts through the real ingest path and Resolver: two sample articles with their gold facts
 * ({@link SampleFacts}), and a made-up article with meetings whose CAMEO codes are known (a visit, a meeting with a
 * third country's host, a hosted visit, a planned meeting). Whatever the extractor adds on top, exports are compared
 * with GraphQL over the same data.
 */
final class ExportFixtures {

    static final String MEETINGS = " date 2022-03-11 Secretary of State Antony Blinken visited Moscow on Wednesday "
            + "and met Russian Foreign Minister Sergey Lavrov. Later Lavrov and Blinken met in Geneva with Swiss Foreign "
            + "Minister Ignazio Cassis. Russian President Vladimir Putin hosted Chinese President Xi Jinping at the "
            + "Kremlin on Tuesday. Blinken will meet Lavrov again next month.";

    private ExportFixtures() {
    }

    static void load(MongoTemplate mongo, IngestService ingest, Resolver resolver) {
        for (String c : List.of("articles", "participants", "calls", "statements")) {
            mongo.remove(new Query(), c);
        }
        String truss = ingest.ingest(request(SampleFacts.text(SampleFacts.BLINKEN_TRUSS), "https://example.org/truss"))
                .article().id();
        resolver.resolve(truss, SampleFacts.blinkenTruss(), LocalDate.of(2022, 2, 24));
        String lavrov = ingest.ingest(request(SampleFacts.text(SampleFacts.BLINKEN_LAVROV),
                "https://example.org/lavrov")).article().id();
        resolver.resolve(lavrov, SampleFacts.blinkenLavrov(), LocalDate.of(2022, 2, 1));
        String meetings = ingest.ingest(request(MEETINGS, "https://example.org/meetings")).article().id();
        resolver.resolve(meetings, meetings(), LocalDate.of(2022, 3, 11));
    }

    private static IngestService.IngestRequest request(String text, String url) {
        return new IngestService.IngestRequest(text, url, "title of " + url, "Fixture", null);
    }

    static Extraction meetings() {
        String t = MEETINGS;
        ExtractedParticipant lavrov = new ExtractedParticipant("Sergey Lavrov", ParticipantKind.PERSON,
                "Foreign Minister", null, "RU", List.of("Lavrov"));
        ExtractedParticipant cassis = new ExtractedParticipant("Ignazio Cassis", ParticipantKind.PERSON,
                "Foreign Minister", null, "CH", List.of("Cassis"));
        ExtractedParticipant putin = new ExtractedParticipant("Vladimir Putin", ParticipantKind.PERSON, "President",
                null, "RU", List.of("Putin"));
        ExtractedParticipant xi = new ExtractedParticipant("Xi Jinping", ParticipantKind.PERSON, "President", null,
                "CN", List.of("Xi"));
        ExtractedCall visit = new ExtractedCall(List.of(SampleFacts.blinken(), lavrov), LocalDate.of(2022, 3, 9),
                DatePrecision.DAY, "on Wednesday", CallMedium.IN_PERSON, CallStatus.HELD,
                List.of(SampleFacts.evidence(t, "Secretary of State Antony Blinken visited Moscow on Wednesday and met "
                        + "Russian Foreign Minister Sergey Lavrov")));
        ExtractedCall geneva = new ExtractedCall(List.of(SampleFacts.blinken(), lavrov, cassis),
                LocalDate.of(2022, 3, 10), DatePrecision.DAY, "Later", CallMedium.IN_PERSON, CallStatus.HELD,
                List.of(SampleFacts.evidence(t, "Later Lavrov and Blinken met in Geneva with Swiss Foreign Minister "
                        + "Ignazio Cassis")));
        ExtractedCall hosted = new ExtractedCall(List.of(xi, putin), LocalDate.of(2022, 3, 8), DatePrecision.DAY,
                "on Tuesday", CallMedium.IN_PERSON, CallStatus.HELD,
                List.of(SampleFacts.evidence(t, "Russian President Vladimir Putin hosted Chinese President Xi Jinping "
                        + "at the Kremlin on Tuesday")));
        ExtractedCall planned = new ExtractedCall(List.of(SampleFacts.blinken(), lavrov), null, DatePrecision.UNKNOWN,
                "next month", CallMedium.IN_PERSON, CallStatus.PLANNED,
                List.of(SampleFacts.evidence(t, "Blinken will meet Lavrov again next month")));
        return new Extraction(List.of(visit, geneva, hosted, planned), List.of());
    }
}
