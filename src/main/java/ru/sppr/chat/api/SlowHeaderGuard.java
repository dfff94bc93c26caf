package ru.sppr.chat.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a connection whose request line and headers take longer than {@link #HEADER_LIMIT} to arrive. Jetty's idle
 * timeout restarts with every byte, so a client sending a header byte a second (slowloris) could hold a connection
 * and a thread for minutes; here each HTTP/1 connection is looked at twice a second and closed once the same
 * request has been in its header phase for too long. Body uploads are not affected.
 */
final class SlowHeaderGuard extends AbstractLifeCycle implements Connection.Listener {
    static final Duration HEADER_LIMIT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(SlowHeaderGuard.class);
    private final Server server;
    private final Map<HttpConnection, Started> open = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    /** When the header of the request numbered {@code message} on a connection started arriving. */
    private record Started(long message, long nanos) {
        static final Started NONE = new Started(-1, 0);
    }

    SlowHeaderGuard(Server server) {
        this.server = server;
    }

    static void install(Server server) {
        server.addBean(new SlowHeaderGuard(server));
    }

    @Override
    protected void doStart() {
        for (Connector connector : server.getConnectors()) {
            connector.addEventListener(this);
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slow-header-guard");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::sweep, 500, 500, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        timer.shutdownNow();
        open.clear();
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.put(http, Started.NONE);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    private void sweep() {
        long now = System.nanoTime();
        open.replaceAll((connection, started) -> {
            HttpParser parser = connection.getParser();
            if (!parser.inHeaderState() || parser.isStart()) {
                return Started.NONE;
            }
            long message = connection.getMessagesIn();
            if (started.message() != message) {
                return new Started(message, now);
            }
            if (now - started.nanos() > HEADER_LIMIT.toNanos()) {
                LOG.info("Closing a connection from {}: request headers not complete after {} s",
                        connection.getEndPoint().getRemoteSocketAddress(), HEADER_LIMIT.toSeconds());
                connection.getEndPoint().close();
            }
            return started;
        });
    }
}
