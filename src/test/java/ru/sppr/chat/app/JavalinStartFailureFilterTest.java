package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The service's logging configuration drops Javalin's English «Failed to start Javalin» and nothing else of Javalin. */
class JavalinStartFailureFilterTest {
    @Test
    void the_start_failure_line_is_dropped_other_errors_of_javalin_pass() {
        Logger javalin = (Logger) LoggerFactory.getLogger(JavalinStartFailureFilter.LOGGER);
        var seen = new ListAppender<ILoggingEvent>();
        seen.start();
        javalin.addAppender(seen);
        try {
            javalin.error("Failed to start Javalin");
            javalin.error("Exception occurred while servicing http-request");
            LoggerFactory.getLogger("ru.sppr.chat.app.Other").error("Failed to start Javalin");
        } finally {
            javalin.detachAppender(seen);
        }

        assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Exception occurred while servicing http-request");
    }
}
