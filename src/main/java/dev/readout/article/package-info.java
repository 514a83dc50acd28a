/**
 * Articles: the stored text with its provenance (url, source, publication date), its content hash, and the state of
 * its extraction; the GraphQL {@code Article} type, {@code article(id)} and {@code ingestArticle}.
 */
package dev.readout.article;
