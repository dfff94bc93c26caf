package ru.sppr.chat.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import ru.sppr.chat.cli.ChatBackend;
import ru.sppr.chat.storage.EmbeddedBackup;

/** Opens the service for the CLI from a set of environment variables (the process's own, or a test's). */
public final class EnvironmentBackends implements ChatBackend.Factory {
    private final Map<String, String> environment;

    public EnvironmentBackends(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public ChatBackend open(Path baseDir) {
        return Application.open(AppConfig.load(environment, baseDir));
    }

    @Override
    public ZoneId zone() {
        return AppConfig.zone(environment);
    }

    @Override
    public ChatBackend openEmbedded(Path home) {
        return openEmbedded(home, Clock.systemUTC());
    }

    @Override
    public ChatBackend openEmbedded(Path home, Clock clock) {
        var embedded = new HashMap<>(environment);
        embedded.remove("CHAT_DATABASE_URL");
        return Application.open(AppConfig.load(embedded, home), clock);
    }

    @Override
    public void restore(Path baseDir, Path backupDir) {
        EmbeddedBackup.restore(AppConfig.load(environment, baseDir).dataDir(), backupDir);
    }
}
