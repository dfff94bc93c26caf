package ru.sppr.chat.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.Javalin;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.ExtractiveComposer;
import ru.sppr.chat.answer.LlmComposer;
import ru.sppr.chat.answer.Request;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.knowledge.analysis.Analyses;
import ru.sppr.chat.knowledge.search.Excerpt;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.source.SourceType;

/** The language-model back-end against a local stub of an OpenAI-compatible server. */
class LlmComposerTest {
    static final Instant NOW = Instant.parse("2026-04-12T12:00:00Z");
    final AtomicReference<String> lastRequest = new AtomicReference<>();
    Javalin stub;

    LlmComposer composer(int status, String content, long delayMillis) {
        return composer(status, content, delayMillis, ZoneId.of("Europe/Moscow"));
    }

    LlmComposer composer(int status, String content, long delayMillis, ZoneId zone) {
        stub = Javalin.create(config -> config.routes.post("/v1/chat/completions", ctx -> {
            lastRequest.set(ctx.body());
            Thread.sleep(delayMillis);
            ctx.status(status).contentType("application/json").result("""
                    {"id":"c1","object":"chat.completion","created":0,"model":"stub",
                     "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                     "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}"""
                    .formatted(TextNode.valueOf(content).toString()));
        })).start("127.0.0.1", 0);
        var model = new OpenAiCompatibleModel("http://127.0.0.1:" + stub.port() + "/v1", "stub", "none", Duration.ofSeconds(1));
        return new LlmComposer(model, new ExtractiveComposer(zone, Analyses.SHARED));
    }

    @AfterEach
    void stop() {
        if (stub != null) {
            stub.stop();
        }
    }

    static Request question() {
        var hits = List.of(
                new SearchHit("a#0", "a", "Сводка № 102", SourceType.DOCUMENT, null, null, NOW, 9,
                        "Уровень воды у гидропоста Ключи составил 612 см.", Excerpt.of("", List.of())),
                new SearchHit("b#0", "b", "Сводка № 103", SourceType.DOCUMENT, null, null, NOW, 8,
                        "Мост у Ключей закрыт для движения, уровень воды растёт.", Excerpt.of("", List.of())));
        String q = "Какой уровень воды у гидропоста Ключи?";
        return new Request(Intent.GENERAL_QUERY, q, q, hits, Map.of(), NOW, Duration.ofHours(48), Optional.empty());
    }

    @Test
    void should_keep_valid_citations_drop_invented_ones_and_flag_unsupported_sentences() {
        var composer = composer(200, "Уровень воды у гидропоста Ключи — 612 см [1][7]. Мост закрыт [2]. Погода солнечная и тёплая [2].", 0);

        Answer answer = composer.compose(question());

        assertThat(answer).isInstanceOf(Answer.Grounded.class);
        assertThat(answer.text()).contains("612 см. [1]").doesNotContain("[7]")
                .contains("Мост закрыт. [2]").contains("Погода солнечная и тёплая. [2]");
        assertThat(answer.text()).endsWith("[не подтверждено источником]");
        assertThat(((Answer.Grounded) answer).citations()).extracting(c -> c.hit().sourceId()).containsExactly("a", "b");
        assertThat(lastRequest.get()).contains("[1] «Сводка № 102»").contains("[2] «Сводка № 103»").contains("квадратных скобках");
    }

    @Test
    void should_give_the_model_times_in_the_service_zone_labelled_and_label_the_first_time_of_its_reply() {
        var composer = composer(200, "Уровень воды у гидропоста Ключи на 17:00 12.04.2026 составил 612 см [1].", 0,
                ZoneId.of("Asia/Yekaterinburg"));

        Answer answer = composer.compose(question());

        assertThat(answer.text()).startsWith("Уровень воды у гидропоста Ключи на 17:00 12.04.2026 UTC+5 составил 612 см. [1]");
        assertThat(lastRequest.get()).as("each fragment's time, labelled; and the rule for times")
                .contains("[1] «Сводка № 102», 12.04.2026 17:00 UTC+5:").contains("с поясом после него (например, «12.04.2026 17:00 UTC+5»)");
    }

    @Test
    void should_fall_back_to_the_built_in_composer_when_the_model_fails_or_is_too_slow() {
        String builtIn = new ExtractiveComposer(ZoneId.of("Europe/Moscow"), Analyses.SHARED).compose(question()).text();

        assertThat(composer(500, "ошибка", 0).compose(question()).text()).isEqualTo(builtIn);
        stop();
        assertThat(composer(200, "поздно [1].", 3000).compose(question()).text()).isEqualTo(builtIn);
    }

    @Test
    void should_fall_back_when_the_reply_cites_nothing_that_exists() {
        String builtIn = new ExtractiveComposer(ZoneId.of("Europe/Moscow"), Analyses.SHARED).compose(question()).text();

        assertThat(composer(200, "Ответ без ссылок. И ещё [9].", 0).compose(question()).text()).isEqualTo(builtIn);
    }
}
