package ru.sppr.chat.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import ru.sppr.chat.audit.AuditTrail;
import ru.sppr.chat.dialog.DialogTurn;
import ru.sppr.chat.feedback.FeedbackDesk;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.session.Sessions;
import ru.sppr.chat.situation.ShiftDigest;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.telemetry.TelemetryReport;
import ru.sppr.chat.user.Tokens;
import ru.sppr.chat.user.UserAccounts;
import ru.sppr.chat.watchdog.Watchdog;

/** The opened service the commands work on. */
public interface ChatBackend extends AutoCloseable {
    UserAccounts users();

    Tokens tokens();

    Sessions sessions();

    DialogTurn dialog();

    FeedbackDesk feedback();

    AuditTrail audit();

    Watchdog watchdog();

    TelemetryReport telemetry();

    KnowledgeBase knowledge();

    SituationModel situation();

    /** «Что изменилось с …» over the situation model. */
    ShiftDigest digest();

    /** The data directory ({@code $CHAT_SPPR_HOME/chat-data}). */
    Path dataDir();

    /** A consistent copy of the embedded database in {@code dir}, taken while everything keeps running. */
    Path backup(Path dir);

    /** Starts the HTTP server and blocks until the process is asked to stop. */
    void serve(String host, int port, Runnable onStarted);

    /** Starts the HTTP server on a free local port, runs the start-up warm-up through it, stops (AOT cache training). */
    void train();

    @Override
    void close();

    /** Opens the backend for a home directory (null = from the environment). */
    interface Factory {
        ChatBackend open(Path baseDir);

        /** The service's zone ({@code CHAT_TIMEZONE}): times given on the command line without an offset are read in it. */
        ZoneId zone();

        /** Opens a backend on embedded storage in {@code home}, whatever database the environment names. */
        ChatBackend openEmbedded(Path home);

        /** The same on a clock of the caller's (evaluation replays questions at the moments they are asked). */
        ChatBackend openEmbedded(Path home, Clock clock);

        /** Restores the embedded store of a home (null = from the environment) from a backup; the service must be stopped. */
        void restore(Path baseDir, Path backupDir);
    }
}
