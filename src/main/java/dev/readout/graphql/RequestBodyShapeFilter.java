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
 * A POST to {@code /graphql} whose JSON body is not an object ({@code null}, a number) reaches Spring for GraphQL as a
 * null request and fails there with a 500. This filter looks at the body's first non-blank byte only and answers such
 * requests 400 with a GraphQL-shaped BAD_REQUEST error; the body is replayed unchanged to everything else.
 */
@Component
public class RequestBodyShapeFilter extends OncePerRequestFilter {

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
        chain.doFilter(new Replaying(request, head.toByteArray(), in), response);
    }

    private static final class Replaying extends HttpServletRequestWrapper {
        private final ServletInputStream stream;

        Replaying(HttpServletRequest request, byte[] head, ServletInputStream rest) {
            super(request);
            this.stream = new ServletInputStream() {
                private int pos;

                @Override
                public int read() throws IOException {
                    return pos < head.length ? head[pos++] & 0xFF : rest.read();
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
                    return rest.read(buf, off, len);
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
