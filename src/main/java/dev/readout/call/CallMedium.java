package dev.readout.call;

/** How the parties communicated. UNKNOWN when the text says only "spoke with" or "held talks". */
public enum CallMedium { PHONE, VIDEO, IN_PERSON, UNKNOWN }
