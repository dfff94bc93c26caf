package ru.sppr.chat.app;

import java.nio.file.Path;
import java.util.HashMap;
import picocli.CommandLine;
import ru.sppr.chat.cli.ChatBackend;
import ru.sppr.chat.storage.EmbeddedBackup;
import ru.sppr.chat.cli.ChatCommand;

/** Entry point: configuration from the environment, then the CLI; exits explicitly (Javalin leaves threads). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine cli = ChatCommand.create(new ChatBackend.Factory() {
            @Override
            public ChatBackend open(Path baseDir) {
                return Application.open(AppConfig.load(System.getenv(), baseDir));
            }

            @Override
            public ChatBackend openEmbedded(Path home) {
                var env = new HashMap<>(System.getenv());
                env.remove("CHAT_DATABASE_URL");
                return Application.open(AppConfig.load(env, home));
            }

            @Override
            public void restore(Path baseDir, Path backupDir) {
                EmbeddedBackup.restore(AppConfig.load(System.getenv(), baseDir).dataDir(), backupDir);
            }
        });
        System.exit(cli.execute(args));
    }
}
