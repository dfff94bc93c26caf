package ru.sppr.chat.api;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static ru.sppr.chat.api.Authentication.caller;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.api.ApiRoute.Access;
import ru.sppr.chat.dialog.AskAdmission;
import ru.sppr.chat.dialog.DialogTurn;
import ru.sppr.chat.dialog.Question;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.session.ChatSession;
import ru.sppr.chat.session.HistoryPage;
import ru.sppr.chat.session.Sessions;
import ru.sppr.chat.user.Caller;

/** Sessions, questions and history. */
final class SessionRoutes {
    private final Sessions sessions;
    private final DialogTurn dialog;
    private final AskAdmission admission;
    private final ObjectMapper mapper;

    SessionRoutes(Sessions sessions, DialogTurn dialog, AskAdmission admission, ObjectMapper mapper) {
        this.sessions = sessions;
        this.dialog = dialog;
        this.admission = admission;
        this.mapper = mapper;
    }

    List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(POST, "/chat/sessions", "sessions", "Начать сессию (владелец — по токену)", Access.USER, this::start),
                new ApiRoute(GET, "/chat/sessions", "sessions", "Мои сессии: статус, заголовок, число ходов, последняя активность", Access.USER, this::list),
                new ApiRoute(GET, "/chat/sessions/{id}", "sessions", "Сведения о сессии", Access.USER, this::get),
                new ApiRoute(POST, "/chat/sessions/{id}/ask", "sessions", "Задать вопрос (stream=true — ответ событиями SSE)", Access.USER, this::ask),
                new ApiRoute(GET, "/chat/sessions/{id}/history", "sessions", "История: последние limit ходов до позиции before", Access.USER, this::history),
                new ApiRoute(POST, "/chat/sessions/{id}/close", "sessions", "Закрыть сессию", Access.USER, this::close),
                new ApiRoute(GET, "/chat/sessions/{id}/report", "sessions", "Отчёт по сессии в Markdown (файл)", Access.USER, this::report));
    }

    private void start(Context ctx) {
        Caller caller = caller(ctx);
        var body = RequestBody.of(ctx, mapper);
        Long userId = body.optionalLong("user_id");
        ChatSession session = sessions.start(userId == null ? caller.userId() : userId, body.optionalText("title"), caller);
        ctx.status(201).json(Envelope.success(Views.SessionView.of(session)));
    }

    private void list(Context ctx) {
        Caller caller = caller(ctx);
        Long userId = QueryParams.optionalLong(ctx, "user_id");
        var list = sessions.list(userId == null ? caller.userId() : userId, QueryParams.intOr(ctx, "limit", 50), caller);
        ctx.json(Envelope.success(Map.of("sessions", list.stream().map(Views.SessionView::of).toList())));
    }

    private void get(Context ctx) {
        ctx.json(Envelope.success(Views.SessionView.of(sessions.get(QueryParams.pathId(ctx, "id"), caller(ctx)))));
    }

    private void ask(Context ctx) {
        Caller caller = caller(ctx);
        long sessionId = QueryParams.pathId(ctx, "id");
        var question = new Question(RequestBody.of(ctx, mapper).requiredText("user_message"));
        var result = admission.admitReleasing(done -> dialog.ask(sessionId, question, caller, done));
        var answer = Views.AskView.of(result);
        if ("true".equalsIgnoreCase(ctx.queryParam("stream"))) {
            ServerSentEvents.stream(ctx, mapper, answer);
        } else {
            ctx.json(Envelope.success(answer));
        }
    }

    private void history(Context ctx) {
        Caller caller = caller(ctx);
        long sessionId = QueryParams.pathId(ctx, "id");
        Long before = QueryParams.optionalLong(ctx, "before");
        if (before != null && (before < 1 || before > Integer.MAX_VALUE)) {
            throw new InvalidRequestException("before", "позиция должна быть положительной");
        }
        HistoryPage page = sessions.history(sessionId, QueryParams.intOr(ctx, "limit", 50),
                before == null ? null : before.intValue(), caller);
        ctx.json(Envelope.success(Views.HistoryView.of(sessionId, page)));
    }

    private void report(Context ctx) {
        long sessionId = QueryParams.pathId(ctx, "id");
        String markdown = sessions.report(sessionId, caller(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"session-" + sessionId + ".md\"")
                .contentType("text/markdown; charset=utf-8").result(markdown);
    }

    private void close(Context ctx) {
        ChatSession session = sessions.close(QueryParams.pathId(ctx, "id"), caller(ctx));
        ctx.json(Envelope.success(Map.of("session_id", session.id(), "status", session.status().code())));
    }
}
