package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** CHAT_LOG_FORMAT=json: the configuration loads without a warning (logback would print its status on stdout) and a line is one JSON object. */
class JsonLogFormatTest {
    @Test
    void the_json_format_loads_cleanly_and_writes_one_json_object_per_event() throws Exception {
        var context = new LoggerContext();
        context.putProperty("CHAT_LOG_FORMAT", "json");
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));

        assertThat(context.getStatusManager().getCopyOfStatusList()).as("logback's own status")
                .allSatisfy(s -> assertThat(s.getLevel()).as(s.getMessage()).isEqualTo(Status.INFO));
        var appender = (ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) context.getLogger("ROOT").getAppender("console");
        var event = new ch.qos.logback.classic.spi.LoggingEvent("x", context.getLogger("chat.access"),
                ch.qos.logback.classic.Level.INFO, "GET /chat/health 200 1.0 ms user=-", null, null);
        String line = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);

        assertThat(line).endsWith("\n").doesNotContain("context");
        var json = new ObjectMapper().readTree(line);
        assertThat(json.get("formattedMessage").asText()).isEqualTo("GET /chat/health 200 1.0 ms user=-");
        assertThat(json.get("loggerName").asText()).isEqualTo("chat.access");
        assertThat(json.get("timestamp").asLong()).isPositive();
        context.stop();
    }
}
