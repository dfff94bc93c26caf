package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;

/**
 * Requests the HTTP layer refuses before any route sees them — a malformed request line or header, headers too
 * large, an HTTP/2 preface, an unknown version — still get the JSON envelope; headers sent a byte at a time are cut
 * after a few seconds.
 */
class HttpLayerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    ApiHarness api;

    @BeforeEach
    void start() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    static List<String> malformed() {
        return List.of(
                "GET /chat/health HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n",
                "GET /chat/health HTTP/1.1\r\nHost: x\r\nX: " + "a".repeat(20_000) + "\r\n\r\n",
                "GET /chat/health HTTP/1.1\r\nHost: x\r\n" + "X-A: b\r\n".repeat(3_000) + "\r\n",
                "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
                "GET /chat/health HTTP/9.9\r\nHost: x\r\n\r\n",
                "GET /chat/health HTTP/1.1\r\nHost: x\r\nUpgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n",
                "GET /chat/health HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
                "GET /chat/health HTTP/1.1\r\n\r\n",
                "GET /chat/health HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
                "POST /chat/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
                "POST /chat/sessions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                "POST /chat/sessions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
                "GET /chat/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /chat/health\u0000 HTTP/1.1\r\nHost: x\r\n\r\n",
                "G\u00c9T /chat/health HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /chat/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET chat/health HTTP/1.1\r\nHost: x\r\n\r\n",
                "\r\n\r\nGET /chat/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
                "DELETE /chat/documents/x HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n",
                "PUT /chat/sessions HTTP/1.1\r\nHost: x\r\nX: " + "a".repeat(20_000) + "\r\n\r\n",
                "PATCH /chat/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
                "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
                "TRACE /chat/health HTTP/1.1\r\nHost: x\r\n\r\n",
                "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
    }

    @Test
    void every_refusal_from_the_http_layer_carries_the_envelope() throws IOException {
        for (String request : malformed()) {
            String shown = (request.length() > 80 ? request.substring(0, 80) + "…" : request).replace("\r\n", "⏎");
            String response = exchange(request.getBytes(StandardCharsets.ISO_8859_1));
            assertThat(response).as(shown).startsWith("HTTP/1.1 ");
            int status = Integer.parseInt(response.substring(9, 12));
            String body = body(response);
            assertThat(status).as(shown).isLessThan(500);
            if (status >= 400) {
                assertThat(JSON.readTree(body).get("ok").asBoolean()).as(shown + " → " + response).isFalse();
                assertThat(JSON.readTree(body).get("error").asText()).as(shown).isNotBlank();
            }
        }
    }

    @Test
    void headers_sent_a_byte_a_second_are_cut_within_seconds() throws Exception {
        byte[] request = "GET /chat/health HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        long started = System.nanoTime();
        boolean cut = false;
        try (var socket = new Socket("127.0.0.1", api.http.port())) {
            OutputStream out = socket.getOutputStream();
            for (byte b : request) {
                out.write(b);
                out.flush();
                Thread.sleep(500);
                if ((System.nanoTime() - started) / 1e9 > 20) {
                    break;
                }
            }
        } catch (IOException e) {
            cut = true;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(cut).as("connection cut").isTrue();
        assertThat(seconds).isLessThan(SlowHeaderGuard.HEADER_LIMIT.toSeconds() + 4);
    }

    String exchange(byte[] request) throws IOException {
        try (var socket = new Socket("127.0.0.1", api.http.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            var bytes = new ByteArrayOutputStream();
            try {
                in.transferTo(bytes);
            } catch (SocketTimeoutException | SocketException e) {
                // what arrived is the answer
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    static String body(String response) {
        int start = response.indexOf("\r\n\r\n") + 4;
        String head = response.substring(0, start).toLowerCase();
        String body = response.substring(start);
        if (head.contains("transfer-encoding: chunked")) {
            body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf('}') + 1);
        }
        int next = body.indexOf("HTTP/1.1 ");
        return next > 0 ? body.substring(0, next) : body;
    }
}
