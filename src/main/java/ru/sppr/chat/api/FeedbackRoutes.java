package ru.sppr.chat.api;

import static io.javalin.http.HandlerType.POST;
import static ru.sppr.chat.api.Authentication.caller;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.api.ApiRoute.Access;
import ru.sppr.chat.feedback.FeedbackDesk;
import ru.sppr.chat.feedback.Score;

/** Feedback on answers. */
final class FeedbackRoutes {
    private final FeedbackDesk desk;
    private final ObjectMapper mapper;

    FeedbackRoutes(FeedbackDesk desk, ObjectMapper mapper) {
        this.desk = desk;
        this.mapper = mapper;
    }

    List<ApiRoute> routes() {
        return List.of(new ApiRoute(POST, "/chat/feedback", "feedback",
                "Оценить ответ: score −1/+1 или 1..5, comment до 2000 символов", Access.USER, this::give));
    }

    private void give(Context ctx) {
        var body = RequestBody.of(ctx, mapper);
        long turnId = body.requiredLong("turn_id");
        Score score = Score.of(body.requiredInt("score"), body.optionalText("scale"));
        var receipt = desk.give(turnId, score, body.optionalText("comment"), caller(ctx));
        ctx.json(Envelope.success(Map.of("turn_id", turnId, "score", score.value(),
                "scale", score.scale().name().toLowerCase(), "replaced", receipt.replaced())));
    }
}
