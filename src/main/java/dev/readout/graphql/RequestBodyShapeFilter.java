package dev.readout.graphql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Guards POST {@code /graphql} before its body is parsed:
 * <ul>
 * <li>a body over {@code readout.http.max-body-bytes} (default 8 MB: a 1 MB article escaped as JSON fits) is refused
 * with 413 when its Content-Length says so, and cut off with a 400 when it is sent chunked, so no client can make
 * the server buffer an unbounded body;</li>
 * <li>a JSON body that is not an object ({@code null}, a number) would reach Spring for GraphQL as a null request and
 * fail there with a 500: the first non-blank byte is looked at and such requests get 400.</li>
 * </ul>
 * Both answers are GraphQL-shaped BAD_REQUEST errors; the body is replayed unchanged to everything else.
 */
@Component
public class RequestBodyShapeFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;

    public RequestBodyShapeFilter(
            @org.springframework.beans.factory.annotation.Value("${readout.http.max-body-bytes:8388608}")
            long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    private static final byte[] NOT_AN_OBJECT = ("{\"errors\":[{\"message\":\"The request body must be a JSON object "
            + "such as {\\\"query\\\": \\\"{ calls { totalCount } }\\\"}\",\"extensions\":{\"classification\":"
            + "\"BAD_REQUEST\"}}]}").getBytes(StandardCharsets.UTF_8);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/graphql".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBodyBytes) {
            response.setStatus(413);
            response.setContentType("application/json");
            response.getOutputStream().write(tooLarge(maxBodyBytes));
            return;
        }
        ServletInputStream in = request.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != 0xEF && b != 0xBB && b != 0xBF) {
                break;
            }
        }
        // an empty body is left to Spring, which answers 400 already
        if (b != -1 && b != '{') {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.getOutputStream().write(NOT_AN_OBJECT);
            return;
        }
        chain.doFilter(new Replaying(request, head.toByteArray(), in, maxBodyBytes), response);
    }

    private static byte[] tooLarge(long max) {
        return ("{\"errors\":[{\"message\":\"The request body is over " + max + " bytes (readout.http.max-body-bytes); "
                + "articles are limited to readout.ingest.max-text-bytes\",\"extensions\":{\"classification\":"
                + "\"BAD_REQUEST\"}}]}").getBytes(StandardCharsets.UTF_8);
    }

    private static final class Replaying extends HttpServletRequestWrapper {
        private final ServletInputStream stream;

        Replaying(HttpServletRequest request, byte[] head, ServletInputStream rest, long max) {
            super(request);
            this.stream = new ServletInputStream() {
                private int pos;
                private long read = head.length;

                private int counted(int n) throws IOException {
                    if (n > 0 && (read += n) > max) {
                        throw new IOException("The request body is over " + max + " bytes (readout.http.max-body-bytes)");
                    }
                    return n;
                }

                @Override
                public int read() throws IOException {
                    if (pos < head.length) {
                        return head[pos++] & 0xFF;
                    }
                    int b = rest.read();
                    if (b != -1) {
                        counted(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    if (len == 0) {
                        return 0;
                    }
                    if (pos < head.length) {
                        int n = Math.min(len, head.length - pos);
                        System.arraycopy(head, pos, buf, off, n);
                        pos += n;
                        return n;
                    }
                    return counted(rest.read(buf, off, len));
                }

                @Override
                public boolean isFinished() {
                    return pos >= head.length && rest.isFinished();
                }

                @Override
                public boolean isReady() {
                    return pos < head.length || rest.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    rest.setReadListener(listener);
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(stream, StandardCharsets.UTF_8));
        }
    }
}
