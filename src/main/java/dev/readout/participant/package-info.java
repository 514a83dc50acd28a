/**
 * Participants: the people, organisations and governments that take part in calls or speak in statements, with
 * their spellings (aliases), folded name keys for lookup, country and the roles the articles give them.
 */
package dev.readout.participant;
