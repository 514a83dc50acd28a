package dev.readout.graphql;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code Date} (ISO calendar date, strict: {@link StrictDate}) and {@code DateTime} (RFC 3339) scalars of graphql-java-extended-scalars. */
@Configuration(proxyBeanMethods = false)
public class ScalarsConfiguration {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(StrictDate.DATE).scalar(ExtendedScalars.DateTime);
    }
}
