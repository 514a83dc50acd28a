package dev.readout.call;

import java.util.Map;

/**
 * The CAMEO event codes Readout assigns, with their labels and Goldstein values (the CAMEO scale, -10 conflict to +10
 * cooperation, as published with CAMEO 1.1b3 and used by GDELT and ICEWS). Only codes Readout can emit are listed.
 */
public final class CameoCodes {

    public record Code(String code, String label, double goldstein) {
    }

    private static final Map<String, Code> CODES = Map.ofEntries(
            entry("012", "Make pessimistic comment", -0.4),
            entry("013", "Make optimistic comment", 0.4),
            entry("020", "Make an appeal or request, not specified below", 3.0),
            entry("021", "Appeal for material cooperation", 3.4),
            entry("022", "Appeal for diplomatic cooperation", 3.2),
            entry("023", "Appeal for aid", 3.4),
            entry("025", "Appeal to yield", -0.3),
            entry("026", "Appeal to others to meet or negotiate", 4.0),
            entry("036", "Express intent to meet or negotiate", 4.0),
            entry("040", "Consult, not specified below", 1.0),
            entry("041", "Discuss by telephone", 1.0),
            entry("042", "Make a visit", 1.9),
            entry("043", "Host a visit", 2.8),
            entry("044", "Meet at a 'third' location", 2.5),
            entry("051", "Praise or endorse", 3.4),
            entry("100", "Demand, not specified below", -5.0),
            entry("111", "Criticize or denounce", -2.0),
            entry("112", "Accuse, not specified below", -2.0),
            entry("130", "Threaten, not specified below", -4.4),
            entry("1312", "Threaten to boycott, embargo, or sanction", -5.8),
            entry("138", "Threaten to use military force, not specified below", -7.0));

    private CameoCodes() {
    }

    private static Map.Entry<String, Code> entry(String code, String label, double goldstein) {
        return Map.entry(code, new Code(code, label, goldstein));
    }

    /** The code's label and Goldstein value, or null for null or a code Readout does not emit. */
    public static Code of(String code) {
        return code == null ? null : CODES.get(code);
    }

    public static Map<String, Code> all() {
        return CODES;
    }
}
