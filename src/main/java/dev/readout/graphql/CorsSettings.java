package dev.readout.graphql;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;

/**
 * CORS for browser front-ends on other origins: {@code readout.cors.allowed-origins} (comma-separated list of
 * origins such as {@code https://app.example.org}, or patterns such as {@code http://localhost:*}; none by default,
 * so browsers on other origins are refused). Applies to {@code /graphql} and {@code /export/**}. Browsers may send the
 * API key and conditional-GET headers, and read the ETag.
 */
@Configuration(proxyBeanMethods = false)
public class CorsSettings implements WebMvcConfigurer {

    private final String[] origins;
    private final String graphqlPath;

    public CorsSettings(@Value("${readout.cors.allowed-origins:}") String[] origins,
                        @Value("${spring.graphql.http.path:/graphql}") String graphqlPath) {
        this.origins = Arrays.stream(origins).map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
        this.graphqlPath = graphqlPath;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (origins.length == 0) {
            return;
        }
        for (String path : new String[]{graphqlPath, "/export/**"}) {
            registry.addMapping(path)
                    .allowedOriginPatterns(origins)
                    .allowedMethods("GET", "POST")
                    .allowedHeaders("Content-Type", "Accept", "X-API-Key", "Authorization", "If-None-Match")
                    .exposedHeaders("ETag", "Cache-Control")
                    .allowCredentials(false)
                    .maxAge(3600);
        }
    }
}
