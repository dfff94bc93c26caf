package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;

/** The console's files are served with their charset, so clients that honour only the header show Russian text right. */
class ConsoleFilesTest {
    private ApiHarness api;

    @BeforeEach
    void start() throws IOException {
        api = ApiHarness.start(Backend.H2, Map.of());
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void should_serve_the_console_files_as_utf_8() throws Exception {
        var client = HttpClient.newHttpClient();
        for (var file : Map.of("/", "text/html", "/app.js", "text/javascript", "/app.css", "text/css").entrySet()) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.http.port() + file.getKey()))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(r.statusCode()).as(file.getKey()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(file.getKey())
                    .startsWith(file.getValue()).containsIgnoringCase("charset=utf-8");
        }
    }
}
