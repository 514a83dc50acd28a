package dev.readout.lexicon;

/**
 * What an actor's office makes of it in diplomacy. National officials act for their state; sub-national officials,
 * legislators, parties and companies do not, so their contacts are not diplomatic calls unless the other side is
 * foreign or an international organisation.
 */
public enum Level {
    /** head of state or government, monarch, vice president */
    LEADER,
    /** minister, secretary, deputy, national security adviser */
    MINISTER,
    /** ambassador, envoy, high commissioner, special representative */
    ENVOY,
    SPOKESPERSON,
    MILITARY,
    /** an official of an international organisation (secretary-general, commissioner) */
    INTERNATIONAL,
    /** governor, chief minister, provincial premier, mayor, state minister */
    SUBNATIONAL,
    /** senator, member of parliament, speaker */
    LEGISLATOR,
    /** a party's leader or official */
    PARTY,
    /** company, club, union, showbusiness */
    NONSTATE,
    /** no title, or one that says nothing of the level ("leader", "head") */
    UNKNOWN;

    /** Whether someone of this level speaks for a state in its foreign relations. */
    public boolean actsForState() {
        return this == LEADER || this == MINISTER || this == ENVOY || this == SPOKESPERSON || this == MILITARY;
    }

    /** Whether someone of this level holds no national office: their contacts at home are domestic. */
    public boolean domestic() {
        return this == SUBNATIONAL || this == LEGISLATOR || this == PARTY || this == NONSTATE;
    }
}
