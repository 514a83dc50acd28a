/**
 * Shared GraphQL support: opaque global ids, Relay connections with keyset cursors, scalars, error classification,
 * the API key guard of mutations, and what makes the API pleasant for clients: request limits (depth, complexity,
 * timeout), automatic persisted queries, kept answers of read-only queries, cacheable GET with ETags,
 * request-level observations, CORS, and the self-hosted GraphiQL page.
 */
package dev.readout.graphql;
