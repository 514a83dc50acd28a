package dev.readout.export;

import dev.readout.export.ExportService.Export;
import dev.readout.export.ExportService.Format;
import dev.readout.call.CallService;
import dev.readout.mongo.EmbeddedMongo;
import dev.readout.participant.ParticipantService;
import dev.readout.statement.StatementService;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncWebRequest;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * {@code GET /export/{calls,statements,participants,articles}.{ndjson,csv}} and {@code GET /export/network.csv}.
 * Filters are checked and resolved before the response starts, so a bad one is a 400 with a JSON message; rows are
 * then streamed, gzip-compressed when the client accepts it. Reads are open, like GraphQL queries.
 */
@RestController
@RequestMapping("/export")
public class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson;charset=UTF-8");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ExportService exports;
    private final CallNetwork network;
    private final Duration timeout;

    /**
     * The export services are built here from the feature services rather than injected: {@code @GraphQlTest} slices
     * load every {@code @Controller}, this one included, with the feature services but not export's own helpers.
     */
    public ExportController(MongoTemplate mongo, CallService calls, StatementService statements,
                            ParticipantService participants, ObjectProvider<EmbeddedMongo> embedded,
                            @Value("${readout.export.timeout:PT2H}") Duration timeout) {
        // on the embedded server (no MONGODB_URI) the calls export reads in this process instead of over the wire
        EmbeddedMongo server = embedded.getIfAvailable();
        this.exports = new ExportService(mongo, server == null ? null : server.finds(), calls, statements,
                participants);
        this.network = new CallNetwork(exports);
        this.timeout = timeout;
    }

    @GetMapping("/network.csv")
    public ResponseEntity<StreamingResponseBody> network(@RequestParam MultiValueMap<String, String> params,
                                                         HttpServletRequest request) {
        ExportParams p = ExportParams.of(params, ExportParams.CALL, "the call network");
        return stream(request, "network", Format.CSV, network.csv(p.callFilter()));
    }

    @GetMapping("/{entity:[a-z]+}.{format:[A-Za-z0-9]+}")
    public ResponseEntity<StreamingResponseBody> export(@PathVariable String entity, @PathVariable String format,
                                                        @RequestParam MultiValueMap<String, String> params,
                                                        HttpServletRequest request) {
        Format f = switch (format.toLowerCase(Locale.ROOT)) {
            case "ndjson", "jsonl" -> Format.NDJSON;
            case "csv" -> Format.CSV;
            default -> throw new InvalidParameterException("format", "Unknown export format '" + format
                    + "': use .ndjson or .csv, e.g. /export/" + entity + ".csv");
        };
        Export export = switch (entity) {
            case "calls" -> exports.calls(ExportParams.of(params, ExportParams.CALL, "calls").callFilter(), f);
            case "statements" -> exports.statements(
                    ExportParams.of(params, ExportParams.STATEMENT, "statements").statementFilter(), f);
            case "participants" -> exports.participants(
                    ExportParams.of(params, ExportParams.PARTICIPANT, "participants").participantFilter(), f);
            case "articles" -> {
                ExportParams p = ExportParams.of(params, ExportParams.ARTICLE, "articles");
                yield exports.articles(p.date("from"), p.date("to"), f);
            }
            case "network" -> throw new InvalidParameterException("format", "The network has one format, csv: "
                    + "/export/network.csv");
            default -> throw new InvalidParameterException("entity", "Unknown export entity '" + entity + "': use calls, "
                    + "statements, participants, articles or network");
        };
        return stream(request, entity, f, export);
    }

    private ResponseEntity<StreamingResponseBody> stream(HttpServletRequest request, String name, Format format,
                                                         Export export) {
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String ext = format == Format.CSV ? "csv" : "ndjson";
        String file = "readout-" + name + "-" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE)
                + "." + ext;
        // a whole export can take longer than the servlet container's default async timeout (30 s on Tomcat)
        AsyncWebRequest async = WebAsyncUtils.getAsyncManager(request).getAsyncWebRequest();
        if (async != null) {
            async.setTimeout(timeout.toMillis());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(format == Format.CSV ? CSV : NDJSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        StreamingResponseBody body = out -> {
            OutputStream o = gzip ? new GZIPOutputStream(out, 64 * 1024) : new BufferedOutputStream(out, 64 * 1024);
            try {
                export.writeTo(o);
                if (o instanceof GZIPOutputStream z) {
                    z.finish();
                }
                o.flush();
            } catch (RuntimeException e) {
                // the status is sent already: abort the response so the client sees a broken transfer, not a short file
                log.warn("Export {} failed while streaming", file, e);
                throw e;
            }
        };
        return response.body(body);
    }

    /** Whether Accept-Encoding allows gzip (or any encoding) with a non-zero quality. */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] fields = part.trim().split(";");
            String coding = fields[0].trim().toLowerCase(Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("*")) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].trim();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(InvalidParameterException.class)
    public ResponseEntity<Map<String, Object>> invalid(InvalidParameterException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage());
        body.put("parameter", e.parameter());
        body.put("status", 400);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
