package dev.readout.api;

import dev.readout.graphql.ResponseCaching;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each GraphQL execution is timed (graphql.request); its fields are not (no graphql.datafetcher timers). */
class RequestObservationsTest extends ApiTest {

    @Autowired
    MeterRegistry meters;
    @Autowired
    ResponseCaching answers;

    @Test
    void requestsAreObservedAndDataFetchersAreNot() {
        answers.clear();
        data("{ calls(first: 3) { edges { node { id participants { name } statements { text } } } } }", Map.of());
        assertThat(meters.find("graphql.request").timers()).isNotEmpty();
        assertThat(meters.find("graphql.request").timers().stream().mapToLong(t -> t.count()).sum()).isPositive();
        assertThat(meters.find("graphql.datafetcher").meters()).isEmpty();
    }
}
