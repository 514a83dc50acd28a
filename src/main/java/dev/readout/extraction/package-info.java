/**
 * Extraction: a pure function from an article's text and publication date to the calls and statements it reports,
 * with provenance. No Spring, no database; the language models are loaded once per JVM by {@link
 * dev.readout.extraction.LanguagePipeline}.
 */
package dev.readout.extraction;
