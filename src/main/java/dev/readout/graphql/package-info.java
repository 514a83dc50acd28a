/**
 * Shared GraphQL support: opaque global ids, Relay connections with keyset cursors, scalars, error classification
 * and the API key guard of mutations.
 */
package dev.readout.graphql;
