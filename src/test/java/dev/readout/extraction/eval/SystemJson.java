package dev.readout.extraction.eval;

import dev.readout.extraction.ExtractedCall;
import dev.readout.extraction.ExtractedParticipant;
import dev.readout.extraction.ExtractedStatement;
import dev.readout.extraction.Extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An extraction in the reference scorer's system format (maps and lists, ready for JSON). */
public final class SystemJson {

    private SystemJson() {
    }

    public static Map<String, Object> of(String name, Extraction x) {
        List<Map<String, Object>> calls = new ArrayList<>();
        int i = 0;
        for (ExtractedCall c : x.calls()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", name + "#" + i++);
            List<String> ps = new ArrayList<>();
            for (ExtractedParticipant p : c.participants()) {
                ps.add(p.name());
            }
            m.put("participants", ps);
            m.put("date", c.date() == null ? null : c.date().toString());
            m.put("date_text", c.dateText());
            m.put("medium", c.medium().name().toLowerCase(Locale.ROOT));
            m.put("status", c.status().name().toLowerCase(Locale.ROOT));
            m.put("evidence", c.evidence().isEmpty() ? null : c.evidence().get(0).sentence());
            calls.add(m);
        }
        List<Map<String, Object>> sts = new ArrayList<>();
        for (ExtractedStatement s : x.statements()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("speaker", s.speaker() == null ? null : s.speaker().name());
            m.put("text", s.text());
            m.put("channel", s.channel() == null ? null : s.channel().name().toLowerCase(Locale.ROOT));
            sts.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("calls", calls);
        doc.put("statements", sts);
        return doc;
    }
}
