package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/** One access-log line per request: method, route template, status, ms, user id — no token, no path id, no message. */
class AccessLogTest {
    @Test
    void logs_the_route_status_time_and_user_but_never_the_token_or_the_question() throws Exception {
        var logger = (Logger) LoggerFactory.getLogger(RequestTiming.ACCESS_LOG);
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try (ApiHarness api = ApiHarness.start(Backend.H2, Map.of("CHAT_WARMUP_S", "0"))) {
            String token = api.token("logged", Role.OPERATOR, Clearance.INTERNAL);
            long session = api.startSession(token, "Журнал");
            api.post("/chat/sessions/" + session + "/ask", token, "{\"user_message\": \"Секретный вопрос про дамбу\"}");
            api.get("/chat/sessions/" + session + "/history?limit=5", "sppr_wrong-token");

            List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            String all = String.join("\n", lines);
            assertThat(lines).anySatisfy(l -> assertThat(l).matches("POST /chat/sessions/\\{id}/ask 200 [0-9.]+ ms user=[0-9]+"));
            assertThat(lines).anySatisfy(l -> assertThat(l).matches("GET /chat/sessions/\\{id}/history 401 [0-9.]+ ms user=-"));
            assertThat(all).doesNotContain(token).doesNotContain("sppr_wrong-token").doesNotContain("Секретный")
                    .doesNotContain("/chat/sessions/" + session);
            assertThat(appender.list.get(0).getKeyValuePairs()).extracting(kv -> kv.key)
                    .contains("method", "route", "status", "ms", "user_id");
        } finally {
            logger.detachAppender(appender);
        }
    }
}
