/**
 * Statements: quotations of five or more words attributed to a speaker, one record per quotation however many
 * outlets report it, with mentions back to each article; the GraphQL {@code statements} query.
 */
package dev.readout.statement;
