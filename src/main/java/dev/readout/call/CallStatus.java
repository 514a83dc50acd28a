package dev.readout.call;

/** HELD happened; ATTEMPTED was tried and failed; PLANNED is announced for the future with a time or place. */
public enum CallStatus { HELD, ATTEMPTED, PLANNED }
