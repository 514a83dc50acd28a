/**
 * The article path: {@link dev.readout.ingest.ArticleText} prepares raw text (publication date, page junk, content
 * hash), {@link dev.readout.ingest.IngestService} stores the article once and runs the extractor, and
 * {@link dev.readout.ingest.Resolver} turns the extraction into participants, calls and statements with provenance.
 * Also the start-up work: sample corpus and re-extraction of stale articles.
 */
package dev.readout.ingest;
