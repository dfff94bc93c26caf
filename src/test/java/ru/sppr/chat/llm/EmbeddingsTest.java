package ru.sppr.chat.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.app.AppConfig;
import ru.sppr.chat.app.Application;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;

/** Dense vectors: loading an ONNX model file, and hybrid search over an OpenAI-compatible embeddings stub. */
class EmbeddingsTest {
    @TempDir
    Path home;
    Javalin stub;

    @AfterEach
    void stop() {
        if (stub != null) {
            stub.stop();
        }
    }

    @Test
    void should_load_an_onnx_model_file_and_embed_similar_texts_close_together() throws IOException {
        Path model = copy("/all-minilm-l6-v2-q.onnx");
        Path tokenizer = copy("/all-minilm-l6-v2-q-tokenizer.json");

        var embedder = LangChainEmbedder.onnx(model, tokenizer);
        List<float[]> v = embedder.embed(List.of("The river flooded the village.", "Flood waters covered the village.",
                "The stock market closed higher today."));

        assertThat(v).hasSize(3).allSatisfy(x -> assertThat(x).hasSize(384));
        assertThat(cosine(v.get(0), v.get(1))).isGreaterThan(cosine(v.get(0), v.get(2)));
        assertThat(embedder.name()).isEqualTo("onnx:all-minilm-l6-v2-q.onnx");
    }

    @Test
    void should_find_by_meaning_what_words_alone_miss_when_hybrid_search_is_on() throws IOException {
        startEmbeddingsStub();
        Path docs = Files.createDirectories(home.resolve("docs"));
        Files.writeString(docs.resolve("flood.txt"), "Наводнение затопило улицы посёлка.");
        Files.writeString(docs.resolve("fire.txt"), "Пожар на складе потушен.");
        var env = Map.of("CHAT_EMBEDDINGS", "openai", "CHAT_EMBEDDINGS_BASE_URL", "http://127.0.0.1:" + stub.port() + "/v1");

        try (var hybrid = Application.wire(AppConfig.load(env, home.resolve("hybrid")), TestDatabases.open(TestDatabases.Backend.H2), Clock.systemUTC());
             var lexical = Application.wire(AppConfig.load(Map.of(), home.resolve("lexical")), TestDatabases.open(TestDatabases.Backend.H2), Clock.systemUTC())) {
            for (var app : List.of(hybrid, lexical)) {
                app.knowledge().ingest(List.of(docs), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
                assertThat(app.situation().awaitFollowed(Duration.ofMinutes(1))).isTrue();
            }
            var request = SearchRequest.simple("паводок", 5, Clearance.SECRET, Instant.now());

            assertThat(lexical.knowledge().search(request)).isEmpty();
            assertThat(hybrid.knowledge().search(request)).extracting(SearchHit::text).first().asString().contains("Наводнение");
        }
    }

    void startEmbeddingsStub() {
        var mapper = new ObjectMapper();
        stub = Javalin.create(config -> config.routes.post("/v1/embeddings", ctx -> {
            JsonNode input = mapper.readTree(ctx.body()).get("input");
            List<Map<String, Object>> data = new ArrayList<>();
            for (int i = 0; i < input.size(); i++) {
                String text = input.get(i).asText().toLowerCase();
                boolean water = text.contains("наводнен") || text.contains("паводок");
                data.add(Map.of("object", "embedding", "index", i, "embedding", water ? List.of(1.0, 0.05, 0.0) : List.of(0.05, 1.0, 0.0)));
            }
            ctx.json(Map.of("object", "list", "model", "stub", "data", data,
                    "usage", Map.of("prompt_tokens", 1, "total_tokens", 1)));
        })).start("127.0.0.1", 0);
    }

    Path copy(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Path target = home.resolve(resource.substring(1));
            Files.copy(in, target);
            return target;
        }
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
