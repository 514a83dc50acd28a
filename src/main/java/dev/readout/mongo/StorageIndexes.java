package dev.readout.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes of DESIGN.md before the API serves. Creating an index that exists with the same definition is a
 * no-op on MongoDB and on the embedded server, so this runs at every start.
 * <p>
 * The embedded server (files) keeps the non-unique ones too ({@link H2SecondaryIndex}): it serves equality, $in and $all
 * on an index's first key from them and scans for any other query; creating one on a filled collection (a data
 * directory from before) builds it once, in the store. The in-memory server ignores them (it logs a warning each) and
 * scans.
 */
@Component
public class StorageIndexes implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(StorageIndexes.class);

    private final MongoTemplate mongo;

    public StorageIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    private void secondary(String collection, Index index) {
        mongo.indexOps(collection).createIndex(index);
    }

    @Override
    public void afterPropertiesSet() {
        var articles = mongo.indexOps("articles");
        articles.createIndex(new Index("contentHash", Sort.Direction.ASC).unique().named("contentHash_unique"));
        articles.createIndex(new Index("url", Sort.Direction.ASC).unique().sparse().named("url_unique_sparse"));
        secondary("articles", new Index("publishedOn", Sort.Direction.DESC).named("publishedOn"));

        mongo.indexOps("participants")
                .createIndex(new Index("identityKey", Sort.Direction.ASC).unique().named("identityKey_unique"));
        secondary("participants", new Index("nameKeys", Sort.Direction.ASC).named("nameKeys"));
        secondary("participants", new Index("country", Sort.Direction.ASC).named("country"));
        secondary("participants", new Index().on("sortKey", Sort.Direction.ASC).on("_id", Sort.Direction.ASC)
                .named("sortKey_id"));

        secondary("calls", new Index().on("participantIds", Sort.Direction.ASC).on("date", Sort.Direction.DESC)
                .named("participantIds_date"));
        secondary("calls", new Index().on("date", Sort.Direction.DESC).on("_id", Sort.Direction.DESC)
                .named("date_id"));
        secondary("calls", new Index("mentions.articleId", Sort.Direction.ASC).named("mentions_articleId"));
        secondary("calls", new Index().on("participantKey", Sort.Direction.ASC).on("date", Sort.Direction.ASC)
                .named("participantKey_date"));

        secondary("statements", new Index().on("speakerId", Sort.Direction.ASC).on("date", Sort.Direction.DESC)
                .named("speakerId_date"));
        secondary("statements", new Index().on("date", Sort.Direction.DESC).on("_id", Sort.Direction.DESC)
                .named("date_id"));
        secondary("statements", new Index("mentions.articleId", Sort.Direction.ASC).named("mentions_articleId"));
        secondary("statements", new Index("callId", Sort.Direction.ASC).named("callId"));
        secondary("statements", new Index().on("speakerKey", Sort.Direction.ASC).on("textKey", Sort.Direction.ASC)
                .named("speakerKey_textKey"));
        // what articles contributed, from which participants, calls and statements are derived (issue 4)
        secondary("participantSightings", new Index("keys", Sort.Direction.ASC).named("keys"));
        secondary("participantSightings", new Index("participantId", Sort.Direction.ASC).named("participantId"));
        secondary("participantSightings", new Index("articleId", Sort.Direction.ASC).named("articleId"));
        secondary("callReports", new Index("articleId", Sort.Direction.ASC).named("articleId"));
        secondary("callReports", new Index("participantKey", Sort.Direction.ASC).named("participantKey"));
        secondary("callReports", new Index("participantRefs", Sort.Direction.ASC).named("participantRefs"));
        secondary("callReports", new Index("callId", Sort.Direction.ASC).named("callId"));
        secondary("statementReports", new Index("articleId", Sort.Direction.ASC).named("articleId"));
        secondary("statementReports", new Index().on("speakerKey", Sort.Direction.ASC).on("shingles", Sort.Direction.ASC)
                .named("speakerKey_shingles"));
        secondary("statementReports", new Index("speakerRef", Sort.Direction.ASC).named("speakerRef"));
        secondary("statementReports", new Index("statementId", Sort.Direction.ASC).named("statementId"));
        secondary("statementReports", new Index("callReportId", Sort.Direction.ASC).named("callReportId"));
        log.info("MongoDB indexes are in place");
    }
}
