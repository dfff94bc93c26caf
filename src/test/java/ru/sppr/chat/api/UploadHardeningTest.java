package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * Uploads: the role is checked before the body is read; a malformed multipart body is a 400, an oversized one an
 * early 413 naming the limit, both in the envelope; a refused file does not stay on disk.
 */
class UploadHardeningTest {
    static final ObjectMapper JSON = new ObjectMapper();
    ApiHarness api;
    String analyst;
    String guest;

    @BeforeEach
    void start() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of());
        analyst = api.token("anna", Role.ANALYST, Clearance.INTERNAL);
        guest = api.token("gost", Role.GUEST, Clearance.PUBLIC);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_renamed_copy_of_an_uploaded_file_is_refused_with_409_in_russian_and_adds_nothing() {
        String text = "Сводка: уровень воды на ГП Ключи 512 см, переправа работает.";
        assertThat(api.upload(analyst, "svodka.txt", text, "internal").status()).isEqualTo(201);
        int before = api.get("/chat/documents", analyst).payload().get("sources").size();

        var copy = api.upload(analyst, "svodka-kopiya.txt", text, "internal");

        assertThat(copy.status()).as(copy.raw()).isEqualTo(409);
        assertThat(copy.json().get("error").asText()).contains("svodka-kopiya.txt").contains("совпадает по содержимому")
                .contains("повторно не добавлен").doesNotContain("Exception");
        assertThat(api.get("/chat/documents", analyst).payload().get("sources").size()).isEqualTo(before);
        assertThat(api.upload(analyst, "drugaya.txt", text + " Обновлено.", "internal").status()).as("other content").isEqualTo(201);
    }

    @Test
    void a_copy_of_a_removed_source_can_be_uploaded_again() {
        String text = "Справка о ПВР № 1: размещено 119 человек.";
        var first = api.upload(analyst, "pvr.txt", text, "internal");
        String id = first.payload().get("files").get(0).get("source_ids").get(0).asText();
        assertThat(api.send("DELETE", "/chat/documents/" + id, analyst, null).status()).isEqualTo(200);

        assertThat(api.upload(analyst, "pvr-2.txt", text, "internal").status()).isEqualTo(201);
    }

    @Test
    void a_guest_is_refused_before_the_body_is_read_even_a_malformed_one() throws IOException {
        Raw r = raw("POST /chat/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + guest
                + "\r\nContent-Type: multipart/form-data; boundary=zzz\r\nContent-Length: 20\r\n\r\nnot multipart at all");
        assertThat(r.status).isEqualTo(403);
        assertThat(r.json.get("error").asText()).contains("аналитик");
    }

    @Test
    void a_guest_sending_a_large_file_reads_the_refusal_not_a_connection_reset() {
        String big = "Уровень воды у поста растёт. ".repeat(200_000);  // ~5 MiB: still being sent when refused
        for (int i = 0; i < 8; i++) {
            var refused = api.upload(guest, "svodka-" + i + ".txt", big + i, "internal");
            assertThat(refused.status()).as("attempt " + i).isEqualTo(403);
            assertThat(refused.json().get("error").asText()).contains("аналитик");
        }
    }

    @Test
    void malformed_multipart_bodies_are_400_in_the_envelope() throws IOException {
        String file = "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nтекст\r\n";
        String[][] cases = {
                {"multipart/form-data", "--b\r\n" + file + "--b--\r\n"},
                {"multipart/form-data; boundary=other", "--b\r\n" + file + "--b--\r\n"},
                {"multipart/form-data; boundary=b", "--b\r\n" + file.substring(0, 30)},
                {"multipart/form-data; boundary=b", "garbage"},
        };
        for (String[] c : cases) {
            byte[] body = c[1].getBytes(StandardCharsets.UTF_8);
            Raw r = raw("POST /chat/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + analyst + "\r\nContent-Type: "
                    + c[0] + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n" + c[1]);
            assertThat(r.status).as(c[0] + " / " + c[1]).isEqualTo(400);
            assertThat(r.json.get("ok").asBoolean()).isFalse();
            assertThat(r.json.get("error").asText()).contains("multipart").doesNotContain("Exception");
        }
    }

    @Test
    void a_body_announced_over_the_limit_gets_an_early_413_naming_it() throws IOException {
        long started = System.nanoTime();
        Raw r = raw("POST /chat/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + analyst
                + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + (UploadForm.MAX_REQUEST_BYTES + 1)
                + "\r\n\r\n--b\r\n");
        assertThat(r.status).isEqualTo(413);
        assertThat(r.json.get("error").asText()).contains("50 МиБ");
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(5);
    }

    @Test
    void a_file_over_the_limit_is_refused_with_413_naming_it() {
        String big = "а".repeat((int) (UploadForm.MAX_FILE_BYTES / 2 + 1024 * 1024));
        ApiHarness.Response r = api.upload(analyst, "big.txt", big, "internal");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.error()).contains("50 МиБ");
    }

    @Test
    void refused_and_unreadable_uploads_do_not_stay_on_disk() throws IOException {
        Path uploads = api.app.config().dataDir().resolve("uploads");
        assertThat(api.upload(analyst, "broken.docx", "PK\u0003\u0004 это не docx", "internal").payload()
                .get("files").get(0).get("error").asText()).isNotBlank();
        assertThat(api.upload(analyst, "no-format.xyz", "что-то", "internal").status()).isEqualTo(200);
        var ok = api.upload(analyst, "ok.txt", "Переправа у Ключей закрыта с 16:00.", "internal");
        assertThat(ok.status()).isEqualTo(201);

        try (Stream<Path> kept = Files.exists(uploads) ? Files.walk(uploads) : Stream.empty()) {
            assertThat(kept.filter(Files::isRegularFile)).as("originals are kept in the database only").isEmpty();
        }
        String id = ok.payload().get("files").get(0).get("source_ids").get(0).asText();
        assertThat(api.get("/chat/documents/" + id + "/original", analyst).raw()).isEqualTo("Переправа у Ключей закрыта с 16:00.");
    }

    record Raw(int status, JsonNode json) {}

    Raw raw(String request) throws IOException {
        String base = api.http.port() + "";
        try (var socket = new Socket("127.0.0.1", Integer.parseInt(base))) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(readResponse(in), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int bodyStart = response.indexOf("\r\n\r\n") + 4;
            String body = response.substring(bodyStart);
            if (response.substring(0, bodyStart).toLowerCase().contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf('}') + 1);
            }
            return new Raw(status, JSON.readTree(body));
        }
    }

    /** Reads until the JSON body is complete (the server may keep the connection open). */
    static byte[] readResponse(InputStream in) throws IOException {
        var bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            bytes.write(buffer, 0, n);
            String text = bytes.toString(StandardCharsets.UTF_8);
            int start = text.indexOf("\r\n\r\n");
            if (start > 0 && text.trim().endsWith("}") && text.indexOf("\"timestamp\"", start) > 0) {
                break;
            }
        }
        return bytes.toByteArray();
    }
}
