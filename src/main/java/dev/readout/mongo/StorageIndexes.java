package dev.readout.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
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
    private final boolean embedded;

    @Autowired
    public StorageIndexes(MongoTemplate mongo, ObjectProvider<EmbeddedMongo> embedded) {
        this(mongo, embedded.getIfAvailable() != null);
    }

    /** @param embedded whether the store is Readout's embedded server (its index entries differ, see below) */
    public StorageIndexes(MongoTemplate mongo, boolean embedded) {
        this.mongo = mongo;
        this.embedded = embedded;
    }

    /**
     * The index that serves "the calls of one participant (or statements of one speaker), newest first" pages. Pages
     * sort by date and then _id (the keyset's tie-break): MongoDB walks a participant's calls in that order only when
     * _id is in the index too, else it sorts all of them for every page (a blocking sort of 10^5 calls for a busy
     * participant at a million). The embedded server's index orders each date's entries by _id already, so there the
     * two-key index is the same thing (and stores built with it are kept).
     */
    private void byOneAndNewest(String collection, String field) {
        String twoKeys = field + "_date";
        Index index = new Index().on(field, Sort.Direction.ASC).on("date", Sort.Direction.DESC);
        if (embedded) {
            secondary(collection, index.named(twoKeys));
            return;
        }
        secondary(collection, index.on("_id", Sort.Direction.DESC).named(twoKeys + "_id"));
        // the two-key index of earlier versions is a prefix of the new one: only write cost
        if (mongo.indexOps(collection).getIndexInfo().stream().anyMatch(i -> i.getName().equals(twoKeys))) {
            mongo.indexOps(collection).dropIndex(twoKeys);
        }
    }

    /** An ascending index on one field, named after it ("mentions.articleId" → "mentions_articleId"). */
    private void byField(String collection, String field) {
        secondary(collection, new Index(field, Sort.Direction.ASC).named(field.replace('.', '_')));
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
        byField("participants", "nameKeys");
        byField("participants", "country");
        secondary("participants", new Index().on("sortKey", Sort.Direction.ASC).on("_id", Sort.Direction.ASC)
                .named("sortKey_id"));

        byOneAndNewest("calls", "participantIds");
        secondary("calls", new Index().on("date", Sort.Direction.DESC).on("_id", Sort.Direction.DESC)
                .named("date_id"));
        byField("calls", "mentions.articleId");
        secondary("calls", new Index().on("participantKey", Sort.Direction.ASC).on("date", Sort.Direction.ASC)
                .named("participantKey_date"));

        byOneAndNewest("statements", "speakerId");
        secondary("statements", new Index().on("date", Sort.Direction.DESC).on("_id", Sort.Direction.DESC)
                .named("date_id"));
        byField("statements", "mentions.articleId");
        byField("statements", "callId");
        secondary("statements", new Index().on("speakerKey", Sort.Direction.ASC).on("textKey", Sort.Direction.ASC)
                .named("speakerKey_textKey"));
        // what articles contributed, from which participants, calls and statements are derived (issue 4)
        byField("participantSightings", "keys");
        byField("participantSightings", "participantId");
        byField("participantSightings", "articleId");
        byField("callReports", "articleId");
        byField("callReports", "participantKey");
        byField("callReports", "participantRefs");
        byField("callReports", "callId");
        byField("statementReports", "articleId");
        secondary("statementReports", new Index().on("speakerKey", Sort.Direction.ASC).on("shingles", Sort.Direction.ASC)
                .named("speakerKey_shingles"));
        byField("statementReports", "speakerRef");
        byField("statementReports", "statementId");
        byField("statementReports", "callReportId");
        // users' participant merges, found by the names they join (issue 13)
        byField("participantMerges", "keys");
        log.info("MongoDB indexes are in place");
    }
}
