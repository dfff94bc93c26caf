package ru.sppr.chat.api;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import ru.sppr.chat.audit.AuditTrail;
import ru.sppr.chat.dialog.AskAdmission;
import ru.sppr.chat.dialog.DialogTurn;
import ru.sppr.chat.feedback.FeedbackDesk;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.session.Sessions;
import ru.sppr.chat.situation.ShiftDigest;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.telemetry.ChatMetrics;
import ru.sppr.chat.telemetry.TelemetryReport;
import ru.sppr.chat.user.LoginAttempts;
import ru.sppr.chat.user.Tokens;
import ru.sppr.chat.user.UserAccounts;
import ru.sppr.chat.watchdog.Watchdog;

/** Everything the REST API calls; built once in {@code app}, fakes in tests. */
public record ApiServices(UserAccounts users, Tokens tokens, Sessions sessions, DialogTurn dialog,
                          AskAdmission admission,
                          FeedbackDesk feedback, AuditTrail audit, Watchdog watchdog, TelemetryReport telemetry,
                          ChatMetrics metrics, KnowledgeBase knowledge, SituationModel situation, ShiftDigest digest,
                          LoginAttempts loginAttempts, ServiceInfo info) {
    public ApiServices {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(dialog, "dialog");
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(watchdog, "watchdog");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(loginAttempts, "loginAttempts");
        Objects.requireNonNull(info, "info");
    }

    /**
     * What {@code GET /chat/health} and {@code /chat/ready} tell about this node, including whether it runs the
     * cluster-wide jobs now and whether it has warmed up; {@code uploadSpill} is the node's own directory where
     * uploads lie while they are read ({@link UploadSpill}).
     */
    public record ServiceInfo(String instanceId, String profile, String database, int requestsPerMinute,
                              Set<String> trustedProxies, ZoneId timezone,
                              BooleanSupplier clusterLeader, BooleanSupplier databaseReachable, Readiness readiness,
                              Path uploadSpill) {
        public ServiceInfo {
            Objects.requireNonNull(readiness, "readiness");
            Objects.requireNonNull(uploadSpill, "uploadSpill");
        }
    }
}
