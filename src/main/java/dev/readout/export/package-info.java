/**
 * Subsets for data scientists: whole filtered sets of calls, statements, participants and articles as NDJSON or CSV,
 * streamed from a MongoDB cursor in constant memory, with the same filters (and so the same rows) as the GraphQL
 * queries; and the call network as an edge list for networkx, igraph or Gephi.
 */
package dev.readout.export;
