/**
 * Calls: phone calls, video calls and meetings between participants, one record per real event however many articles
 * report it, each with the mentions (article, sentence, offsets) that report it; the GraphQL {@code calls} query.
 */
package dev.readout.call;
