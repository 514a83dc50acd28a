package dev.readout.call;

/** How far the text pins a date down. With UNKNOWN the date is absent and the words are kept as dateText. */
public enum DatePrecision { DAY, MONTH, YEAR, UNKNOWN }
