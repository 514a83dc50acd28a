/**
 * The call network for pages: who had calls with whom among the calls a filter selects, as nodes and weighted edges,
 * cut to the busiest participants so a browser can draw it. The same edges as {@code GET /export/network.csv}.
 */
package dev.readout.network;
