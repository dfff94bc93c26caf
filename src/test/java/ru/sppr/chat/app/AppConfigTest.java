package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
    private static final Path HOME = Path.of("/tmp/chat-home");

    @Test
    void should_use_the_prototype_defaults_and_embedded_h2_under_chat_data() {
        AppConfig config = AppConfig.load(Map.of(), HOME);

        assertThat(config.dataDir()).isEqualTo(HOME.resolve("chat-data"));
        assertThat(config.store().settings().url()).startsWith("jdbc:h2:file:" + HOME.resolve("chat-data"));
        assertThat(config.retrieval().topK()).isEqualTo(5);
        assertThat(config.retrieval().decay()).isEqualTo(0.92);
        assertThat(config.retrieval().freshnessHours()).isEqualTo(48);
        assertThat(config.dialog().intentThreshold()).isEqualTo(0.55);
        assertThat(config.sessions().idle()).isEqualTo(Duration.ofMinutes(20));
        assertThat(config.sessions().maxQuestions()).isEqualTo(50);
        assertThat(config.telemetry().interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.http().port()).isEqualTo(8451);
    }

    @Test
    void should_warm_up_for_up_to_four_minutes_unless_told() {
        assertThat(AppConfig.load(Map.of(), HOME).warmup()).isEqualTo(Duration.ofMinutes(4));
        assertThat(AppConfig.load(Map.of("CHAT_WARMUP_S", "0"), HOME).warmup()).isZero();
        assertThatThrownBy(() -> AppConfig.load(Map.of("CHAT_WARMUP_S", "-1"), HOME)).hasMessageContaining("CHAT_WARMUP_S");
    }

    @Test
    void should_read_the_situation_centres_time_zone_moscow_unless_told() {
        assertThat(AppConfig.load(Map.of(), HOME).timezone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(AppConfig.load(Map.of("CHAT_TIMEZONE", "Asia/Vladivostok"), HOME).timezone())
                .isEqualTo(ZoneId.of("Asia/Vladivostok"));
    }

    @Test
    void should_read_chat_sppr_home_and_the_database_url() {
        AppConfig config = AppConfig.load(Map.of("CHAT_SPPR_HOME", "/srv/sppr",
                "CHAT_DATABASE_URL", "jdbc:postgresql://db:5432/chat", "CHAT_DATABASE_USER", "chat"), null);

        assertThat(config.home()).isEqualTo(Path.of("/srv/sppr"));
        assertThat(config.store().settings().postgres()).isTrue();
        assertThat(config.store().settings().user()).isEqualTo("chat");
    }

    @Test
    void should_admit_more_asks_at_once_per_core_on_postgresql_where_an_ask_also_waits_for_the_database() {
        AppConfig embedded = AppConfig.load(Map.of(), HOME);
        AppConfig shared = AppConfig.load(Map.of("CHAT_DATABASE_URL", "jdbc:postgresql://db:5432/chat"), HOME);
        AppConfig told = AppConfig.load(Map.of("CHAT_DATABASE_URL", "jdbc:postgresql://db:5432/chat",
                "CHAT_ASK_CONCURRENCY", "3"), HOME);

        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(embedded.http().askConcurrency()).isEqualTo(2 * cores);
        assertThat(shared.http().askConcurrency()).isEqualTo(4 * cores);
        assertThat(told.http().askConcurrency()).isEqualTo(3);
    }

    @Test
    void should_stop_with_a_message_naming_the_variable_for_a_bad_value() {
        assertThatThrownBy(() -> AppConfig.load(Map.of("CHAT_SESSION_MAX_TURNS", "много"), HOME))
                .isInstanceOf(ConfigException.class).hasMessageContaining("CHAT_SESSION_MAX_TURNS");
        assertThatThrownBy(() -> AppConfig.load(Map.of("CHAT_RETRIEVAL_DECAY", "1.5"), HOME))
                .hasMessageContaining("CHAT_RETRIEVAL_DECAY");
        assertThatThrownBy(() -> AppConfig.load(Map.of("CHAT_TELEMETRY", "maybe"), HOME))
                .hasMessageContaining("CHAT_TELEMETRY");
        assertThatThrownBy(() -> AppConfig.load(Map.of("CHAT_SESSION_IDLE_MIN", "0"), HOME))
                .hasMessageContaining("CHAT_SESSION_IDLE_MIN");
        assertThatThrownBy(() -> AppConfig.load(Map.of("CHAT_DATABASE_URL", "postgres://db"), HOME))
                .hasMessageContaining("CHAT_DATABASE_URL");
        assertThatThrownBy(() -> AppConfig.load(Map.of("CHAT_INSTANCE_ID", "x".repeat(65)), HOME))
                .hasMessageContaining("CHAT_INSTANCE_ID");
        assertThatThrownBy(() -> AppConfig.load(Map.of("CHAT_TIMEZONE", "Москва"), HOME))
                .hasMessageContaining("CHAT_TIMEZONE");
    }

    @Test
    void should_read_trusted_proxies_as_ip_addresses_and_refuse_anything_else() {
        assertThat(AppConfig.load(Map.of(), HOME).http().trustedProxies()).isEmpty();
        assertThat(AppConfig.load(Map.of("CHAT_TRUSTED_PROXIES", "10.0.0.5, ::1"), HOME).http().trustedProxies())
                .containsExactlyInAnyOrder("10.0.0.5", "0:0:0:0:0:0:0:1");
        assertThatThrownBy(() -> AppConfig.load(Map.of("CHAT_TRUSTED_PROXIES", "proxy.local"), HOME))
                .isInstanceOf(ConfigException.class).hasMessageContaining("CHAT_TRUSTED_PROXIES");
    }

    @Test
    void should_read_the_embeddings_switch_once_into_its_own_type() {
        assertThat(AppConfig.load(Map.of(), HOME).embeddings()).isEqualTo(new AppConfig.Embeddings.None());
        assertThat(AppConfig.load(Map.of("CHAT_EMBEDDINGS", "openai", "CHAT_EMBEDDINGS_BASE_URL", "http://embed:8080/v1"), HOME)
                .embeddings()).isEqualTo(new AppConfig.Embeddings.OpenAi("http://embed:8080/v1", "text-embedding-3-small", "none"));
        assertThatThrownBy(() -> AppConfig.load(Map.of("CHAT_EMBEDDINGS", "onnx"), HOME))
                .isInstanceOf(ConfigException.class).hasMessageContaining("CHAT_EMBEDDINGS_MODEL_FILE");
        assertThatThrownBy(() -> AppConfig.load(Map.of("CHAT_EMBEDDINGS", "faiss"), HOME))
                .isInstanceOf(ConfigException.class).hasMessageContaining("допустимы none, onnx, openai");
    }

    @Test
    void should_still_check_the_autosave_interval_it_accepts_for_compatibility() {
        assertThatThrownBy(() -> AppConfig.load(Map.of("CHAT_SESSION_AUTOSAVE_MIN", "0"), HOME))
                .isInstanceOf(ConfigException.class).hasMessageContaining("CHAT_SESSION_AUTOSAVE_MIN");
    }
}
