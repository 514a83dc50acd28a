/**
 * MongoDB two ways: a real server from {@code MONGODB_URI}, or, when none is configured, an embedded
 * wire-compatible server (mongo-java-server) that the real driver talks to, and whose collections the exports also
 * query in this process ({@link dev.readout.mongo.InProcessFinds}). Also the indexes every collection needs, created
 * idempotently at start-up.
 */
package dev.readout.mongo;
