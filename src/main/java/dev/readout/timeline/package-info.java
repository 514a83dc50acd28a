/**
 * The timeline: counts of dated calls and statements per day, ISO week, month or year, for charts.
 */
package dev.readout.timeline;
