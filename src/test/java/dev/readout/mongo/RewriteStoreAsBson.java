package dev.readout.mongo;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes every entry of a closed store again, so that documents and ObjectIds written before they were stored as BSON
 * and in 12 bytes ({@link ConcurrentObjectType}) are in the new form: for before/after benchmarks on one and the same store (the export's
 * bytes must stay identical). Not part of the service: a store written before is read as it is, and its documents
 * change form only as they are written again.
 * <pre>
 * java -cp classes:test-classes:$(cat cp.txt) dev.readout.mongo.RewriteStoreAsBson path/readout.mv.db
 * </pre>
 */
public final class RewriteStoreAsBson {

    private RewriteStoreAsBson() {
    }

    public static void main(String[] args) {
        String file = args[0];
        long t0 = System.nanoTime();
        long rewritten = 0;
        try (MVStore store = new MVStore.Builder().fileName(file).autoCommitDisabled().open()) {
            List<String> names = new ArrayList<>(store.getMapNames());
            // every map: the collections' documents and ObjectId keys, and the indexes' ObjectId positions
            for (String name : names) {
                MVMap<Object, Object> map = DurableH2Backend.openMap(store, name);
                List<Object> keys = new ArrayList<>();
                map.keyIterator(null).forEachRemaining(keys::add);
                int n = 0;
                for (Object key : keys) {
                    map.put(key, map.get(key));
                    if (++n % 2_000 == 0) {
                        store.commit();
                    }
                }
                store.commit();
                rewritten += n;
                System.out.printf("%s: %,d entries written again%n", name, n);
            }
        }
        // the rewrite leaves the old pages dead in the file; the offline copy drops them, as a close of a sparse store does
        MVStore.compact(file, false, null);
        System.out.printf("%,d entries in %.1f s%n", rewritten, (System.nanoTime() - t0) / 1e9);
    }
}
