package dev.readout.participant;

/** A participant is a named person or, where no person is named, an organisation or a country's government. */
public enum ParticipantKind { PERSON, ORGANIZATION, COUNTRY }
