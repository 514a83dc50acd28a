package dev.readout.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Micrometer observes each GraphQL request ({@code graphql.request}: count, time, outcome) and each batch load, but
 * not each data fetcher. Spring Boot's instrumentation also opens an observation for every non-trivial field of
 * every answer ({@code graphql.datafetcher}); on the typical page that was a tenth of the server's CPU (BENCHMARKS.md,
 * issue 14) for a timer per field name that nobody reads. Spring for GraphQL 2.0 has no switch for the per-field part
 * alone, so this bean takes the place of Boot's (which backs off when one is defined) and leaves data fetchers
 * unwrapped. {@code readout.graphql.observe-data-fetchers=true} brings them back, e.g. to trace one slow field.
 */
@Configuration(proxyBeanMethods = false)
public class RequestObservations {

    @Bean
    GraphQlObservationInstrumentation graphQlObservationInstrumentation(
            ObjectProvider<ObservationRegistry> registries,
            ObjectProvider<ExecutionRequestObservationConvention> requestConvention,
            ObjectProvider<DataFetcherObservationConvention> dataFetcherConvention,
            ObjectProvider<DataLoaderObservationConvention> dataLoaderConvention,
            @Value("${readout.graphql.observe-data-fetchers:false}") boolean observeDataFetchers) {
        // without Micrometer's registry (slice tests) Boot would define none; a no-op one observes nothing
        ObservationRegistry registry = registries.getIfAvailable(() -> ObservationRegistry.NOOP);
        if (observeDataFetchers) {
            return new GraphQlObservationInstrumentation(registry, requestConvention.getIfAvailable(),
                    dataFetcherConvention.getIfAvailable(), dataLoaderConvention.getIfAvailable());
        }
        return new GraphQlObservationInstrumentation(registry, requestConvention.getIfAvailable(),
                dataFetcherConvention.getIfAvailable(), dataLoaderConvention.getIfAvailable()) {
            @Override
            public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
                                                        InstrumentationFieldFetchParameters parameters,
                                                        InstrumentationState state) {
                return dataFetcher;
            }
        };
    }
}
