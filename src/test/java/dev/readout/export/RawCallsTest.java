package dev.readout.export;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.readout.article.Article;
import dev.readout.article.Mention;
import dev.readout.call.Call;
import dev.readout.call.CallMedium;
import dev.readout.call.CallStatus;
import dev.readout.call.DatePrecision;
import dev.readout.mongo.EmbeddedMongo;
import dev.readout.mongo.MongoConfiguration;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls export's own reading of call documents ({@link RawCalls}) gives the same records as Spring's mapping of the
 * same projected documents, for calls as the service writes them and for values stored in other types, in time zones
 * on both sides of UTC (the date goes through the converter's conversions either way).
 */
class RawCallsTest {

    @Test
    void readsEveryCallAsSpringsMappingDoes() {
        readsAsSpringsMappingDoes(mongo -> {
            Mention first = new Mention(new ObjectId().toHexString(), "Blinken met Lavrov in Geneva.", 0, 29);
            Mention noArticle = new Mention(null, "A call.", 3, 10);
            mongo.insert(new Call(null, List.of("p1", "p2"), "p1,p2", LocalDate.of(2022, 3, 8), DatePrecision.DAY,
                    "on Tuesday", CallMedium.IN_PERSON, CallStatus.HELD, List.of(first, noArticle), null));
            mongo.insert(new Call(null, List.of("p3"), "p3", null, DatePrecision.UNKNOWN, "recently",
                    CallMedium.PHONE, CallStatus.PLANNED, List.of(), "036"));
            mongo.insert(new Call(null, List.of(), "", LocalDate.of(1969, 12, 31), DatePrecision.YEAR, null,
                    CallMedium.UNKNOWN, CallStatus.ATTEMPTED, List.of(noArticle), null, List.of(noArticle)));
            // stored by something else than the service's mapping: absent fields, other number and id types
            mongo.getCollection(Call.COLLECTION).insertOne(new Document("_id", new ObjectId()));
            mongo.getCollection(Call.COLLECTION).insertOne(new Document("_id", "a-string-id")
                    .append("participantIds", Arrays.asList("p1", null))
                    .append("medium", "VIDEO").append("status", "HELD")
                    .append("mentions", Arrays.asList(new Document("articleId", new ObjectId())
                            .append("sentence", "x").append("start", 5L).append("end", 7.0), null))
                    .append("cameoCode", "040"));
        }, Call.class, Call.COLLECTION, ExportService.CALL_ROW_FIELDS, RawCalls::read);
    }

    @Test
    void readsCitedArticlesAsSpringsMappingDoes() {
        readsAsSpringsMappingDoes(mongo -> {
            mongo.insert(new Article(null, "https://example.org/a", "A", "Wire", LocalDate.of(2022, 3, 8), "text",
                    "hash", java.time.Instant.now(), null));
            mongo.insert(new Article(null, "https://example.org/b", null, null, null, "text", "hash2", null, null));
            mongo.insert(new Article(null, "https://example.org/c", "C", "S", LocalDate.of(1969, 12, 31), "t", "h3",
                    null, null));
            // stored by something else than the service's mapping: absent fields, a string id, a number as title
            mongo.getCollection(Article.COLLECTION).insertOne(new Document("_id", new ObjectId()));
            mongo.getCollection(Article.COLLECTION).insertOne(new Document("_id", "a-string-id").append("url", "u")
                    .append("title", 42).append("publishedOn", java.util.Date.from(java.time.Instant.parse(
                            "2021-05-06T00:00:00Z"))));
        }, Article.class, Article.COLLECTION, ExportService.ARTICLE_REF_FIELDS, RawCalls::articleRef);
    }

    /**
     * Stores five documents with {@code fill}, then reads them back projected to {@code fields} both ways, by Spring's
     * mapping and by {@code read}, in three time zones: the two lists must be equal.
     */
    private static <T> void readsAsSpringsMappingDoes(java.util.function.Consumer<MongoTemplate> fill, Class<T> type,
                                                      String collection, String[] fields,
                                                      java.util.function.BiFunction<RawCalls, Document, T> read) {
        EmbeddedMongo server = EmbeddedMongo.start(EmbeddedMongo.MEMORY);
        TimeZone zone = TimeZone.getDefault();
        try (MongoClient client = MongoClients.create(server.connectionString(MongoConfiguration.DATABASE))) {
            MongoTemplate mongo = MongoConfiguration.standaloneTemplate(client, MongoConfiguration.DATABASE);
            fill.accept(mongo);
            for (String id : List.of("UTC", "America/Los_Angeles", "Asia/Tokyo")) {
                TimeZone.setDefault(TimeZone.getTimeZone(id));
                Query q = new Query().with(Sort.by("_id"));
                q.fields().include(fields);
                List<T> spring = mongo.find(q, type);
                RawCalls raw = new RawCalls(mongo.getConverter().getConversionService());
                List<T> ours = mongo.find(q, Document.class, collection).stream().map(d -> read.apply(raw, d)).toList();
                assertThat(ours).as(id).hasSize(5).isEqualTo(spring);
            }
        } finally {
            TimeZone.setDefault(zone);
            server.close();
        }
    }
}
