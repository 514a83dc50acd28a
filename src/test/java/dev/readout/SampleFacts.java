package dev.readout;

import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.extraction.Evidence;
import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.Extraction;
import dev.readout.ingest.SampleCorpus;
import dev.readout.participant.ParticipantKind;
import dev.readout.statement.StatementChannel;

import java.time.LocalDate;
import java.util.List;

/**
 * Facts of two sample articles as the gold annotation has them, in the extractor's output records, with offsets into
 * the real sample texts. Tests store them through the real Resolver, so queries have calls and statements to return
 * before the extraction engine (another issue) fills {@code ReadoutExtractor}.
 */
public final class SampleFacts {

    public static final String BLINKEN_TRUSS = "002_6bbe357bb2cbdd54.txt";
    public static final String BLINKEN_LAVROV = "004_4b836f8422cedee9.txt";

    private SampleFacts() {
    }

    public static String text(String sample) {
        return SampleCorpus.samples().stream().filter(s -> s.name().equals(sample)).findFirst().orElseThrow().text();
    }

    public static ExtractedParticipant blinken() {
        return new ExtractedParticipant("Antony Blinken", ParticipantKind.PERSON, "Secretary of State",
                "State Department", "US", List.of("Blinken", "Antony J. Blinken"));
    }

    /** Article 002: Blinken–Truss and Blinken–Borrell on Wednesday 2022-02-23; Ned Price's readout. */
    public static Extraction blinkenTruss() {
        String t = text(BLINKEN_TRUSS);
        ExtractedParticipant truss = new ExtractedParticipant("Liz Truss", ParticipantKind.PERSON, "Foreign Secretary",
                null, "GB", List.of("Truss", "Elizabeth Truss"));
        ExtractedParticipant borrell = new ExtractedParticipant("Josep Borrell", ParticipantKind.PERSON,
                "High Representative", "European Union", "EU", List.of("Borrell", "Joseph Borrell"));
        ExtractedParticipant price = new ExtractedParticipant("Ned Price", ParticipantKind.PERSON, "spokesperson",
                "State Department", "US", List.of("Price"));
        LocalDate wednesday = LocalDate.of(2022, 2, 23);
        ExtractedCall withTruss = new ExtractedCall(List.of(blinken(), truss), wednesday, DatePrecision.DAY,
                "on Wednesday", CallMedium.PHONE, CallStatus.HELD,
                List.of(evidence(t, "Antony Blinken on Wednesday spoke with UK Foreign Secretary Liz Truss"),
                        evidence(t, "Blinken-Truss phone call")));
        ExtractedCall withBorrell = new ExtractedCall(List.of(blinken(), borrell), wednesday, DatePrecision.DAY,
                "on Wednesday", CallMedium.UNKNOWN, CallStatus.HELD,
                List.of(evidence(t, "Blinken also spoke with European Union (EU) High Representative Josep Borrell "
                        + "on Wednesday")));
        String quote = "They discussed the extensive bilateral coordination on developing and executing swift and "
                + "severe economic measures against Russia.";
        int q = indexOf(t, quote);
        ExtractedStatement readout = new ExtractedStatement(quote, price, "Price", StatementChannel.STATEMENT,
                wednesday, q, q + quote.length(), quote);
        return new Extraction(List.of(withTruss, withBorrell), List.of(readout));
    }

    /** Article 004: Blinken–Lavrov by phone on 2022-02-01, and Blinken's tweet about it. */
    public static Extraction blinkenLavrov() {
        String t = text(BLINKEN_LAVROV);
        ExtractedParticipant lavrov = new ExtractedParticipant("Sergey Lavrov", ParticipantKind.PERSON,
                "Foreign Minister", null, "RU", List.of("Lavrov"));
        LocalDate day = LocalDate.of(2022, 2, 1);
        ExtractedCall call = new ExtractedCall(List.of(blinken(), lavrov), day, DatePrecision.DAY, "Tuesday, February 1",
                CallMedium.PHONE, CallStatus.HELD,
                List.of(evidence(t, "In a telephonic conversation with Russian counterpart Sergey Lavrov")));
        String tweet = "In my conversation today with Foreign Minister Lavrov, I emphasized the willingness of the "
                + "United States, together with Allies and partners, to continue discussions of mutual security "
                + "concerns.";
        int q = indexOf(t, tweet);
        ExtractedStatement s = new ExtractedStatement(tweet, blinken(), "Secretary Antony Blinken (@SecBlinken)",
                StatementChannel.TWEET, day, q, q + tweet.length(), tweet);
        return new Extraction(List.of(call), List.of(s));
    }

    public static Evidence evidence(String text, String snippet) {
        int i = indexOf(text, snippet);
        return new Evidence(snippet, i, i + snippet.length());
    }

    private static int indexOf(String text, String snippet) {
        int i = text.indexOf(snippet);
        if (i < 0) {
            throw new IllegalArgumentException("not in the sample: " + snippet);
        }
        return i;
    }
}
