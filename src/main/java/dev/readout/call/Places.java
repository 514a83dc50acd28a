package dev.readout.call;

import dev.readout.participant.NameKeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small gazetteer for coding meetings: country names, capitals, a few other cities where diplomats meet, seats of
 * government ("the Kremlin", "the White House") and demonyms ("the Russian capital"), each to ISO 3166 alpha-2
 * codes ("EU" for Brussels as the seat of EU institutions). Matching is on folded text (no case, accents or
 * punctuation). Deliberately small: a place it does not know leaves a meeting coded 040.
 */
final class Places {

    /** code | names separated by commas. */
    private static final String[] TABLE = {
            "US|united states,usa,america,washington,washington dc,white house,new york,camp david,pentagon",
            "RU|russia,russian federation,moscow,kremlin,sochi,st petersburg,saint petersburg",
            "UA|ukraine,kyiv,kiev,lviv,odesa,odessa,kharkiv",
            "GB|united kingdom,uk,britain,great britain,england,london,downing street,chequers",
            "FR|france,paris,elysee,elysee palace",
            "DE|germany,berlin,chancellery,munich",
            "IT|italy,rome", "ES|spain,madrid", "PL|poland,warsaw", "TR|turkey,turkiye,ankara,istanbul,antalya",
            "CN|china,beijing,shanghai", "JP|japan,tokyo", "IN|india,new delhi,delhi", "KR|south korea,seoul",
            "KP|north korea,pyongyang", "IR|iran,tehran", "IL|israel,jerusalem,tel aviv", "SA|saudi arabia,riyadh,jeddah",
            "AE|united arab emirates,uae,abu dhabi,dubai", "QA|qatar,doha", "EG|egypt,cairo", "BY|belarus,minsk",
            "CH|switzerland,geneva,bern,davos", "AT|austria,vienna", "BE|belgium", "NL|netherlands,the hague,amsterdam",
            "CA|canada,ottawa", "AU|australia,canberra", "HU|hungary,budapest", "RO|romania,bucharest",
            "MD|moldova,chisinau", "GE|georgia,tbilisi", "KZ|kazakhstan,astana,nur sultan", "PK|pakistan,islamabad",
            "AF|afghanistan,kabul", "SY|syria,damascus", "LT|lithuania,vilnius", "LV|latvia,riga", "EE|estonia,tallinn",
            "FI|finland,helsinki", "SE|sweden,stockholm", "NO|norway,oslo", "DK|denmark,copenhagen",
            "CZ|czech republic,czechia,prague", "SK|slovakia,bratislava", "GR|greece,athens", "BG|bulgaria,sofia",
            "RS|serbia,belgrade", "BR|brazil,brasilia", "MX|mexico,mexico city", "ID|indonesia,jakarta,bali",
            "VN|vietnam,hanoi", "SG|singapore", "UZ|uzbekistan,tashkent,samarkand", "AZ|azerbaijan,baku",
            "AM|armenia,yerevan", "IQ|iraq,baghdad", "JO|jordan,amman", "LB|lebanon,beirut", "OM|oman,muscat",
            "BE,EU|brussels"};

    private static final String[] DEMONYMS = {
            "US|american,us", "RU|russian", "UA|ukrainian", "GB|british,uk", "FR|french", "DE|german", "IT|italian",
            "ES|spanish", "PL|polish", "TR|turkish", "CN|chinese", "JP|japanese", "IN|indian", "IR|iranian",
            "IL|israeli", "SA|saudi", "BY|belarusian", "CH|swiss", "AT|austrian", "BE|belgian", "NL|dutch",
            "CA|canadian", "HU|hungarian", "EG|egyptian", "QA|qatari", "KR|south korean", "KP|north korean"};

    /** A place found in folded text, with where it ends there. */
    record Found(String name, Set<String> countries, int start, int end) {
    }

    private static final Map<String, Set<String>> NAMES = new HashMap<>();
    private static final List<String> BY_LENGTH;

    static {
        for (String row : TABLE) {
            add(row, "");
        }
        for (String row : DEMONYMS) {
            add(row, " capital");
        }
        List<String> names = new ArrayList<>(NAMES.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        BY_LENGTH = List.copyOf(names);
    }

    private static void add(String row, String suffix) {
        String[] parts = row.split("\\|");
        Set<String> codes = Set.of(parts[0].split(","));
        for (String name : parts[1].split(",")) {
            NAMES.put(NameKeys.fold(name) + suffix, codes);
        }
    }

    private Places() {
    }

    /**
     * The place named at {@code at} in folded text (words separated by single spaces), the longest name first, after
     * an optional "the"; null when none starts there.
     */
    static Found at(String folded, int at) {
        int from = at;
        if (folded.startsWith("the ", from)) {
            from += 4;
        }
        for (String name : BY_LENGTH) {
            if (folded.startsWith(name, from)) {
                int end = from + name.length();
                if (end == folded.length() || folded.charAt(end) == ' ') {
                    return new Found(name, NAMES.get(name), at, end);
                }
            }
        }
        return null;
    }

    /** The countries of a place name, or null when unknown. */
    static Set<String> countries(String name) {
        return NAMES.get(NameKeys.fold(name));
    }
}
