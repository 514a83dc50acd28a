package dev.readout.mongo;

import com.mongodb.ConnectionString;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Chooses the MongoDB: {@code MONGODB_URI} (or {@code spring.mongodb.uri}) when set, else the embedded server,
 * started here so that it listens before Boot creates the driver's client from these connection details.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    public static final String DATABASE = "readout";

    @Bean(destroyMethod = "close")
    @Conditional(NoMongoUriCondition.class)
    EmbeddedMongo embeddedMongo(@Value("${readout.embedded.storage:./data}") String storage) {
        return EmbeddedMongo.start(storage);
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

    /** Dates as BSON dates at UTC midnight, whatever the JVM's time zone (Spring's default would use the local one). */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(MongoCustomConversions.MongoConverterConfigurationAdapter::useNativeDriverJavaTimeCodecs);
    }
}
