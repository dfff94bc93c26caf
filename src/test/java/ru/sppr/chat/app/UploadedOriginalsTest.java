package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.api.Api;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.knowledge.ingest.IngestReport;
import ru.sppr.chat.storage.Database;
import ru.sppr.chat.storage.DatabaseSettings;
import ru.sppr.chat.storage.OnEachBackend;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/**
 * Uploaded originals live in the database: two nodes on one database (each with its own home) serve each other's
 * uploads byte for byte and refuse each other's renamed copies, and originals left on a node's disk by an older
 * version move into the database.
 */
@OnEachBackend
class UploadedOriginalsTest {
    private static final byte[] TEXT = ("Донесение 10 апреля: уровень воды у деревни Кукуево 512 см, дамба держится. "
            + "Нужны ещё 300 мешков.").getBytes(StandardCharsets.UTF_8);
    private final Backend backend;
    private final HttpClient client = HttpClient.newHttpClient();
    @TempDir
    Path dir;
    DatabaseSettings db;
    Node a;
    Node b;
    String token;

    UploadedOriginalsTest(Backend backend) {
        this.backend = backend;
    }

    record Node(Application app, Javalin http, Path home) {
        static Node start(DatabaseSettings db, Path home) throws IOException {
            Files.createDirectories(home);
            var app = Application.wire(AppConfig.load(Map.of("CHAT_WARMUP_S", "0"), home), Database.open(db, 6), Clock.systemUTC());
            return new Node(app, Api.create(app.services()).start("127.0.0.1", 0), home);
        }

        String url(String path) {
            return "http://127.0.0.1:" + http.port() + path;
        }

        void stop() {
            http.stop();
            app.close();
        }
    }

    @BeforeEach
    void start() throws IOException {
        db = TestDatabases.settings(backend);
        a = Node.start(db, dir.resolve("a"));
        b = Node.start(db, dir.resolve("b"));
        var admin = a.app().users().ensure(new NewUser("admin", null, Role.ADMIN, Clearance.SECRET), Caller.LOCAL_ADMIN).user();
        token = a.app().tokens().issue(admin, Caller.LOCAL_ADMIN).token();
    }

    @AfterEach
    void stop() {
        if (b != null) {
            b.stop();
        }
        if (a != null) {
            a.stop();
        }
    }

    @Test
    void an_original_uploaded_through_one_node_is_served_by_the_other_byte_for_byte() throws Exception {
        String id = upload(a, "kukuevo.txt", TEXT);

        HttpResponse<byte[]> original = get(b, "/chat/documents/" + id + "/original");

        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(TEXT);
        assertThat(original.headers().firstValue("Content-Disposition").orElse("")).contains("kukuevo.txt");
        assertThat(filesUnder(a.home())).as("no per-node copy of the upload").noneMatch(p -> p.toString().contains("kukuevo"));
    }

    @Test
    void a_renamed_copy_through_the_other_node_is_refused_and_a_removed_source_frees_its_bytes() throws Exception {
        String id = upload(a, "kukuevo.txt", TEXT);

        assertThat(uploadStatus(b, "kukuevo-kopiya.txt", TEXT)).isEqualTo(409);

        var removed = client.send(HttpRequest.newBuilder(URI.create(b.url("/chat/documents/" + id))).DELETE()
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(get(a, "/chat/documents/" + id + "/original").statusCode()).isEqualTo(404);
        assertThat(uploadStatus(b, "kukuevo-snova.txt", TEXT)).as("the bytes may come again").isEqualTo(201);
    }

    @Test
    void an_upload_that_adds_nothing_keeps_nothing() throws Exception {
        assertThat(uploadStatus(a, "pusto.txt", "   ".getBytes(StandardCharsets.UTF_8))).isEqualTo(200);
        assertThat(originalsInDatabase()).isZero();
    }

    @Test
    void originals_left_on_a_nodes_disk_by_an_older_version_move_into_the_database() throws Exception {
        String id = upload(a, "kukuevo.txt", TEXT);
        String origin = a.app().knowledge().source(id, Caller.LOCAL_ADMIN).source().origin();
        Path legacy = a.home().resolve("chat-data/uploads").resolve(origin.substring("upload:".length()));
        Files.createDirectories(legacy.getParent());
        Files.write(legacy, TEXT);
        executeSql("DELETE FROM kb_originals");
        assertThat(get(b, "/chat/documents/" + id + "/original").statusCode()).isEqualTo(404);

        assertThat(a.app().knowledge().adoptLocalUploads()).isEqualTo(1);

        assertThat(get(b, "/chat/documents/" + id + "/original").body()).isEqualTo(TEXT);
        assertThat(legacy).doesNotExist();
    }

    private String upload(Node node, String name, byte[] content) {
        IngestReport report = node.app().knowledge().upload(name, new ByteArrayInputStream(content), IngestOptions.defaults(),
                Caller.LOCAL_ADMIN);
        assertThat(report.added()).isEqualTo(1);
        return report.files().get(0).sourceIds().get(0);
    }

    private int uploadStatus(Node node, String name, byte[] content) throws Exception {
        String boundary = "b" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new java.io.ByteArrayOutputStream();
        body.write(head);
        body.write(content);
        body.write(tail);
        return client.send(HttpRequest.newBuilder(URI.create(node.url("/chat/documents")))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private HttpResponse<byte[]> get(Node node, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(node.url(path))).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private void executeSql(String sql) throws Exception {
        try (var c = DriverManager.getConnection(db.url(), db.user(), db.password()); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long originalsInDatabase() throws Exception {
        try (var c = DriverManager.getConnection(db.url(), db.user(), db.password()); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM kb_originals")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Path> filesUnder(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
