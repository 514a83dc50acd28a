package dev.readout.ingest;

import dev.readout.graphql.ApiKeys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /ingest}: NDJSON lines of {@code IngestArticleInput} in, one result line per non-blank input line out,
 * written and flushed as each article is done (extraction takes a while per article), so a client sees progress and
 * a bad line does not stop the rest. Needs the API key, like the {@code ingestArticle} mutation.
 * <p>
 * Handled on the request thread rather than asynchronously: reading the request body and writing the response
 * interleave, and the request lasts as long as the batch does, with no async timeout to cut it short.
 */
@RestController
public class BulkIngestController {

    private final BulkIngest bulk;
    private final ApiKeys apiKeys;

    /** BulkIngest is built here, not injected: GraphQL slice tests load controllers with IngestService only. */
    public BulkIngestController(IngestService ingest, ApiKeys apiKeys) {
        this.bulk = new BulkIngest(ingest);
        this.apiKeys = apiKeys;
    }

    @PostMapping("/ingest")
    public void ingest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = presentedKey(request);
        if (key == null || !apiKeys.matches(key)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", key == null
                    ? "POST /ingest needs the API key: send it as header 'X-API-Key: <key>' or 'Authorization: Bearer "
                    + "<key>' (the key is READOUT_API_KEY, or the one logged at start-up)"
                    : "The API key sent is not valid: check READOUT_API_KEY (or the key logged at start-up)");
            body.put("status", 401);
            response.getOutputStream().write(bulk.json().writeValueAsBytes(body));
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        OutputStream out = response.getOutputStream();
        BufferedReader in = new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
        BulkIngest.Line line = new BulkIngest.Line();
        long n = 0;
        while (BulkIngest.readLine(in, line)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            BulkIngest.Result r = line.overflow
                    ? BulkIngest.Result.error("Line longer than " + BulkIngest.MAX_LINE_CHARS + " characters; skipped")
                    : bulk.ingestJson(line.text.toString());
            out.write(bulk.json().writeValueAsBytes(r.asLine(n)));
            out.write('\n');
            out.flush();
        }
    }

    private static String presentedKey(HttpServletRequest request) {
        String key = request.getHeader("X-API-Key");
        if (key == null) {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                key = authorization.substring(7);
            }
        }
        return key == null ? null : key.trim();
    }
}
