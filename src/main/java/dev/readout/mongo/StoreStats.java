package dev.readout.mongo;

/**
 * How full the embedded store's file is, as the H2 MVStore reports it.
 *
 * @param fileBytes        the size of {@code readout.mv.db}
 * @param liveBytes        an estimate of the live data in it: the file size times both fill rates (whole percents, so
 *                         about 1% of the file either way)
 * @param fillRate         percent of the file's blocks that chunks occupy (the rest is free space between them)
 * @param chunksFillRate   percent of the chunks' bytes that are still live (the rest is older versions of pages)
 * @param chunks           chunks in the file
 * @param compactionSteps  background compaction steps that rewrote chunks or shortened the file since the store was
 *                         opened
 * @param longestStepMillis the longest of those steps, in milliseconds: how long it held up writes at most
 */
public record StoreStats(long fileBytes, long liveBytes, int fillRate, int chunksFillRate, int chunks,
                         long compactionSteps, long longestStepMillis) {

    /** The file size over the live estimate (1 for an empty store). */
    public double fileToLive() {
        return liveBytes <= 0 ? 1 : (double) fileBytes / liveBytes;
    }
}
