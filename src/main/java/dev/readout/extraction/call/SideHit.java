package dev.readout.extraction.call;

/**
 * A token a side rule found to stand for a party of the event, with the rule's name. SUBJECT is the side that acts
 * (caller, host, visitor, the one who "held talks"); PARTNER the other side. Both are parties of the call; the
 * difference matters where one subject meets several partners separately ("separate calls with A, B and C").
 */
public record SideHit(int token, Role role, String rule) {

    public enum Role { SUBJECT, PARTNER }
}
