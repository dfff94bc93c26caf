package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * What an attacker or a bad file sends to the upload and the HTTP layer: malformed multipart bodies, oversize
 * bodies, compression bombs (two at once), long-content files, header floods and slow headers, unknown and forged
 * tokens. Never a 5xx, always the envelope, no SQL, class names or echoed content in any body, the server's memory
 * bounded. Prints the figures it measured.
 */
class AttackFuzzTest {
    static final int REQUESTS = 400;
    static final String ECHO = "ЭХОМАРКЕР7731";
    static final String LEAKS = "(?s).*(INSERT |SELECT |kb_fragments|Exception|\\.java\\b|org\\.(apache|eclipse|h2|jdbi)|ru\\.sppr|@[0-9a-f]{6,}).*";
    static final ObjectMapper JSON = new ObjectMapper();
    ApiHarness api;
    String analyst;
    String guest;
    int fiveHundreds;
    final Map<Integer, Integer> statuses = new TreeMap<>();

    @BeforeEach
    void start() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of("CHAT_RATE_LIMIT_PER_MIN", "1000000"));
        analyst = api.token("anna", Role.ANALYST, Clearance.SECRET);
        guest = api.token("gost", Role.GUEST, Clearance.PUBLIC);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void no_5xx_always_the_envelope_nothing_leaked_memory_bounded() throws Exception {
        byte[] docxBomb = bomb("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
                "<w:p><w:r><w:t>" + "а".repeat(2_000) + "</w:t></w:r></w:p>", "</w:body></w:document>");
        byte[] xlsxBomb = bomb("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
                "<row><c t=\"inlineStr\"><is><t>" + "а".repeat(2_000) + "</t></is></c></row>", "</sheetData></worksheet>");
        System.gc();
        long rssBefore = rssKb();
        long started = System.nanoTime();

        try (var pool = Executors.newFixedThreadPool(2)) {
            long t0 = System.nanoTime();
            List<Future<String>> bombs = List.of(
                    pool.submit(() -> exchange(multipart(analyst, "b", "bomb.docx", docxBomb, "--b--\r\n"))),
                    pool.submit(() -> exchange(multipart(analyst, "b", "bomb.xlsx", xlsxBomb, "--b--\r\n"))));
            for (Future<String> bomb : bombs) {
                String response = bomb.get();
                check(response, "bomb");
                assertThat(body(response)).contains("бомб");
            }
            System.out.printf("FIGURE two 1 GiB bombs (docx %d B, xlsx %d B) at once refused in %.2f s%n",
                    docxBomb.length, xlsxBomb.length, (System.nanoTime() - t0) / 1e9);
        }

        var random = new Random(24);
        int sent = 2;
        for (int i = 0; i < REQUESTS; i++, sent++) {
            check(exchange(request(random)), "#" + i);
        }
        sent += slowHeaders();
        System.gc();
        long rssGrowthMb = (rssKb() - rssBefore) / 1024;
        System.out.printf("FIGURE requests fuzzed: %d in %.1f s, 5xx: %d, RSS growth %d MiB%n", sent,
                (System.nanoTime() - started) / 1e9, fiveHundreds, rssGrowthMb);
        System.out.println("FIGURE statuses " + statuses);
        assertThat(fiveHundreds).isZero();
        assertThat(rssGrowthMb).as("RSS growth, MiB").isLessThan(768);
    }

    byte[] request(Random random) {
        byte[] text = ("Пункт;Уровень\nКлючи;" + ECHO + " " + "ы".repeat(random.nextInt(150_000)) + "\n").getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(10)) {
            case 0 -> multipart(guest, "b", "x.txt", text, "--b--\r\n");
            case 1 -> truncate(multipart(analyst, "b", "cut.txt", text, "--b--\r\n"), random);
            case 2 -> withBoundaryHeader(multipart(analyst, "b", "x.txt", text, "--b--\r\n"), random.nextBoolean() ? "" : "; boundary=zz");
            case 3 -> multipart(analyst, "b", "cells.csv", text, "--b--\r\n");
            case 4 -> multipart(analyst, "b", "bad.json", ("{\"text\": " + ECHO + "}").getBytes(StandardCharsets.UTF_8), "--b--\r\n");
            case 5 -> multipart(analyst, "b", "fake.docx", ("PK\u0003\u0004" + ECHO).getBytes(StandardCharsets.UTF_8), "--b--\r\n");
            case 6 -> ("POST /chat/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + analyst
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 999999999999\r\n\r\n--b\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            case 7 -> ("GET /chat/sessions HTTP/1.1\r\nHost: x\r\n" + ("X-F" + random.nextInt(99) + ": " + "v".repeat(100) + "\r\n")
                    .repeat(50 + random.nextInt(400)) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            case 8 -> ("GET /chat/sessions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sppr_" + ECHO.hashCode() + random.nextInt()
                    + "\r\nX-Forwarded-For: 10.0.0." + random.nextInt(255) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            default -> multipart(analyst, "b", "doc-" + random.nextInt(1000) + ".txt",
                    ("Сводка. " + "Уровень воды растёт. ".repeat(random.nextInt(500))).getBytes(StandardCharsets.UTF_8), "--b--\r\n");
        };
    }

    int slowHeaders() throws Exception {
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<Double>> slow = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                slow.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    try (var socket = new Socket("127.0.0.1", api.http.port())) {
                        for (byte b : "GET /chat/health HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n".getBytes()) {
                            socket.getOutputStream().write(b);
                            socket.getOutputStream().flush();
                            Thread.sleep(400);
                        }
                    } catch (IOException cut) {
                        return (System.nanoTime() - t0) / 1e9;
                    }
                    return Double.MAX_VALUE;
                }));
            }
            for (Future<Double> f : slow) {
                double seconds = f.get();
                System.out.printf("FIGURE slow header connection cut after %.1f s%n", seconds);
                assertThat(seconds).isLessThan(SlowHeaderGuard.HEADER_LIMIT.toSeconds() + 3);
            }
        }
        return 2;
    }

    void check(String response, String what) throws IOException {
        assertThat(response).as(what).startsWith("HTTP/1.1 ");
        int status = Integer.parseInt(response.substring(9, 12));
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            fiveHundreds++;
        }
        String body = body(response);
        assertThat(status).as(what + ": " + abbreviated(body)).isLessThan(500);
        JsonNode json = JSON.readTree(body);
        assertThat(json.has("ok") && json.has("timestamp")).as(what + ": " + abbreviated(body)).isTrue();
        assertThat(body).as(what).doesNotMatch(LEAKS).doesNotContain(ECHO);
        if (status >= 400) {
            assertThat(json.get("error").asText()).as(what).isNotBlank();
        }
    }

    static String abbreviated(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    byte[] multipart(String token, String boundary, String name, byte[] content, String end) {
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n" + end).getBytes(StandardCharsets.UTF_8));
        var request = new ByteArrayOutputStream();
        request.writeBytes(("POST /chat/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + body.size()
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body.toByteArray());
        return request.toByteArray();
    }

    static byte[] truncate(byte[] request, Random random) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        int bodyStart = text.indexOf("\r\n\r\n") + 4;
        int keep = bodyStart + random.nextInt(Math.max(1, request.length - bodyStart - 10));
        String head = text.substring(0, bodyStart).replaceAll("Content-Length: \\d+", "Content-Length: " + (keep - bodyStart));
        var out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(request, bodyStart, keep - bodyStart);
        return out.toByteArray();
    }

    static byte[] withBoundaryHeader(byte[] request, String parameter) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        return text.replace("multipart/form-data; boundary=b", "multipart/form-data" + parameter).getBytes(StandardCharsets.ISO_8859_1);
    }

    String exchange(byte[] request) throws IOException {
        try (var socket = new Socket("127.0.0.1", api.http.port())) {
            socket.setSoTimeout(30_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                socket.shutdownOutput();
            } catch (IOException refusedEarly) {
                // the server answered (413, 431) and closed before the whole request was sent; read what it said
            }
            var bytes = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(bytes);
            } catch (SocketException reset) {
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
        return body;
    }

    static long rssKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0);
    }

    /** A ZIP document whose one part repeats {@code unit} to 1 GiB. */
    static byte[] bomb(String part, String open, String unit, String close) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            zip.write(open.getBytes(StandardCharsets.UTF_8));
            byte[] block = unit.repeat(64).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 1L << 30; written += block.length) {
                zip.write(block);
            }
            zip.write(close.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
