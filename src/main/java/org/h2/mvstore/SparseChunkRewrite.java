package org.h2.mvstore;

/**
 * The H2 MVStore's own chunk rewriting, with the bound its background housekeeping gives it: only chunks at most
 * {@code maxChunkFillRate} percent live are rewritten. The public {@link MVStore#compact(int, int)} rewrites any chunk
 * that is not full (it passes 100), oldest first, so on a store that writes a chunk per commit it copies dense old
 * chunks as readily as the sparse new ones whose few live pages are what keeps the file large. This class lives in the
 * MVStore's package only to reach {@code FileStore.rewriteChunks}, which is package-visible; it is called exactly as
 * {@code FileStore.compact} and {@code RandomAccessStore.doHousekeeping} call it (under the store lock). Written for
 * H2 2.4.240: a version that renames it fails the build here, not at run time.
 */
public final class SparseChunkRewrite {

    private SparseChunkRewrite() {
    }

    /**
     * Copies the live pages of the store's sparsest, oldest chunks that are at most {@code maxChunkFillRate} percent
     * live, up to {@code writeLimit} bytes of them, into the store's next chunk (the caller commits). The emptied
     * chunks' space is freed once no version that reaches them is in use.
     *
     * @return true when any page was rewritten
     */
    public static boolean rewrite(MVStore store, int maxChunkFillRate, int writeLimit) {
        FileStore<?> file = store.getFileStore();
        if (file == null || !file.hasPersistentData()) {
            return false;
        }
        try {
            Boolean rewritten = store.tryExecuteUnderStoreLock(() -> file.rewriteChunks(writeLimit, maxChunkFillRate));
            return rewritten != null && rewritten;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
