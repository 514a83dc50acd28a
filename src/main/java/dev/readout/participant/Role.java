package dev.readout.participant;

import java.time.LocalDate;

/** A role an article gives a participant at the time ("Secretary of State", State Department, US), with when it was seen. */
public record Role(String title, String organization, String country, LocalDate firstSeen, LocalDate lastSeen) {
}
