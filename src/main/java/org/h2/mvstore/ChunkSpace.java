package org.h2.mvstore;

/**
 * Where the bytes of an MVStore file go, from its chunk list: live pages, dead pages inside chunks that still hold live
 * ones, chunks with nothing live that wait to be freed, and free gaps between chunks. The page figures are the
 * MVStore's own ({@code maxLen}, {@code maxLenLive}), which count each page at the upper bound of its length code, so
 * they run about a fifth above the bytes on disk. In the MVStore's package only to read {@code FileStore.getChunks()},
 * which is package-visible. For measurements (the store-growth benchmark), not for decisions.
 *
 * @param fileBytes     the file's size
 * @param liveBytes     the live pages (each chunk's {@code maxLenLive})
 * @param deadBytes     the dead pages in chunks that still hold live ones
 * @param waitingBytes  the blocks of chunks with nothing live that are not freed yet (they wait for a sync, or for a
 *                      read that may still reach them)
 * @param gapBytes      the file's blocks that no chunk occupies (the two header blocks included)
 * @param chunks        chunks in the file
 * @param waitingChunks of them, those with nothing live
 */
public record ChunkSpace(long fileBytes, long liveBytes, long deadBytes, long waitingBytes, long gapBytes, int chunks,
                         int waitingChunks) {

    /** The store's file as its chunk list has it now (read without a lock: the figures of a moment, not exact). */
    public static ChunkSpace of(MVStore store) {
        FileStore<?> file = store.getFileStore();
        if (file == null) {
            return new ChunkSpace(0, 0, 0, 0, 0, 0, 0);
        }
        long live = 0;
        long dead = 0;
        long waiting = 0;
        long allocated = 0;
        int chunks = 0;
        int waitingChunks = 0;
        for (Chunk<?> c : file.getChunks().values()) {
            if (!c.isAllocated()) {
                continue;
            }
            chunks++;
            long blocks = (long) c.len * FileStore.BLOCK_SIZE;
            allocated += blocks;
            if (c.maxLenLive <= 0) {
                waiting += blocks;
                waitingChunks++;
            } else {
                live += c.maxLenLive;
                dead += c.maxLen - c.maxLenLive;
            }
        }
        long size = file.size();
        return new ChunkSpace(size, live, dead, waiting, Math.max(0, size - allocated), chunks, waitingChunks);
    }
}
