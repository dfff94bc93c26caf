package ru.sppr.chat.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops Javalin's own «ERROR … Failed to start Javalin» line (logback.xml): the exception it then throws reaches
 * {@code runserver}, which says in Russian what went wrong (port taken, address not of this machine, …); the English
 * line before it only confused. Every other message of Javalin passes.
 */
public final class JavalinStartFailureFilter extends TurboFilter {
    static final String LOGGER = "io.javalin.Javalin";
    static final String MESSAGE = "Failed to start Javalin";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        return logger != null && LOGGER.equals(logger.getName()) && MESSAGE.equals(format) ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }
}
