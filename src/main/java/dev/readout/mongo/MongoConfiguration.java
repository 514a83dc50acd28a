package dev.readout.mongo;

import com.mongodb.ConnectionString;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import com.mongodb.client.MongoClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.util.unit.DataSize;

/**
 * Chooses the MongoDB: {@code MONGODB_URI} (or {@code spring.mongodb.uri}) when set, else the embedded server,
 * started here so that it listens before Boot creates the driver's client from these connection details.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    public static final String DATABASE = "readout";

    @Bean(destroyMethod = "close")
    @Conditional(NoMongoUriCondition.class)
    EmbeddedMongo embeddedMongo(@Value("${readout.embedded.storage:./data}") String storage,
                                @Value("${readout.embedded.port:0}") int port,
                                @Value("${readout.embedded.compaction.interval:100ms}") Duration interval,
                                @Value("${readout.embedded.compaction.fill-rate:80}") int fillRate,
                                @Value("${readout.embedded.compaction.step:2MB}") DataSize step,
                                @Value("${readout.embedded.compaction.retention:#{null}}") Duration retention) {
        return EmbeddedMongo.start(storage, port, CompactionSettings.of(interval, fillRate, step.toBytes(), retention));
    }

    @Bean
    @Conditional(NoMongoUriCondition.class)
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongo embeddedMongo) {
        ConnectionString connectionString = new ConnectionString(embeddedMongo.connectionString(DATABASE));
        return () -> connectionString;
    }

    @Bean
    @Conditional(MongoUriCondition.class)
    MongoConnectionDetails uriMongoConnectionDetails(@Value("${MONGODB_URI:${spring.mongodb.uri:}}") String uri) {
        ConnectionString connectionString = new ConnectionString(uri);
        return () -> connectionString;
    }

    /**
     * Short driver timeouts, so that with MongoDB unreachable a request fails within seconds with a clear error
     * instead of hanging for the driver's default 30 s, and the pool reconnects by itself when MongoDB returns.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer readoutMongoTimeouts(
            @Value("${readout.mongo.server-selection-timeout-ms:2500}") long serverSelectionMs,
            @Value("${readout.mongo.connect-timeout-ms:2000}") int connectMs,
            @Value("${readout.mongo.max-wait-ms:5000}") long maxWaitMs) {
        return settings -> settings
                .applyToClusterSettings(c -> c.serverSelectionTimeout(serverSelectionMs, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(connectMs, TimeUnit.MILLISECONDS))
                .applyToConnectionPoolSettings(p -> p.maxWaitTime(maxWaitMs, TimeUnit.MILLISECONDS))
                .applyToServerSettings(s -> s.heartbeatFrequency(2000, TimeUnit.MILLISECONDS)
                        .minHeartbeatFrequency(500, TimeUnit.MILLISECONDS));
    }

    /** Versions per collection that move with every write of this process: the participant cache's invalidation. */
    @Bean
    CollectionWrites collectionWrites() {
        return new CollectionWrites();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer readoutCollectionWrites(CollectionWrites writes) {
        return settings -> settings.addCommandListener(writes);
    }

    /**
     * The leases that keep two Readout processes on one MongoDB from resolving overlapping articles at once
     * ({@code readout.leases.ttl}: how long a stopped holder keeps one; {@code max-wait}: how long a taker waits).
     */
    @Bean
    Leases leases(MongoTemplate mongo, @Value("${readout.leases.ttl:30s}") java.time.Duration ttl,
                  @Value("${readout.leases.max-wait:120s}") java.time.Duration maxWait) {
        return new Leases(mongo, ttl, maxWait);
    }

    /** Dates as BSON dates at UTC midnight, whatever the JVM's time zone (Spring's default would use the local one). */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return conversions();
    }

    /** The conversions the service stores with. */
    public static MongoCustomConversions conversions() {
        return MongoCustomConversions.create(MongoCustomConversions.MongoConverterConfigurationAdapter::useNativeDriverJavaTimeCodecs);
    }

    /**
     * A template that maps the service's records exactly as the service does, without Spring Boot: for tools and
     * tests that read or write the same collections from outside the application (benchmark corpus, resolution tests).
     */
    public static MongoTemplate standaloneTemplate(MongoClient client, String database) {
        MongoCustomConversions conversions = conversions();
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return WriteBatches.apply(new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, database), converter));
    }

    /** Boot's template too lets a thread's writes be unjournaled inside a batch ({@link WriteBatches}). */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor readoutWriteBatches() {
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof MongoTemplate template ? WriteBatches.apply(template) : bean;
            }
        };
    }
}
