package dev.readout.ingest;

import dev.readout.call.Call;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * How many of the calls a batch of articles reports have no date, counted in the store once the batch is done: a
 * call that an early article left undated may have been dated by a later one. For the ingest command's summary.
 */
final class DateCoverage {

    /** Article ids asked about in one query (the calls' {@code mentions.articleId} index serves each). */
    private static final int CHUNK = 500;

    record Calls(long total, long undated) {
    }

    private DateCoverage() {
    }

    static Calls calls(MongoTemplate mongo, Collection<String> articleIds) {
        Set<String> all = new HashSet<>();
        Set<String> undated = new HashSet<>();
        List<String> ids = new ArrayList<>(articleIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            Query q = new Query(where("mentions.articleId").in(ids.subList(i, Math.min(ids.size(), i + CHUNK))));
            q.fields().include("_id", "date");
            for (Document call : mongo.find(q, Document.class, Call.COLLECTION)) {
                String id = String.valueOf(call.get("_id"));
                all.add(id);
                if (call.get("date") == null) {
                    undated.add(id);
                }
            }
        }
        return new Calls(all.size(), undated.size());
    }
}
