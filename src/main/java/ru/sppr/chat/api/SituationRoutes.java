package ru.sppr.chat.api;

import static io.javalin.http.HandlerType.GET;
import static ru.sppr.chat.api.Authentication.caller;

import io.javalin.http.Context;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.api.ApiRoute.Access;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.situation.DigestMarkdown;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.ShiftDigest;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationStore.ReportRow;
import ru.sppr.chat.situation.SituationViews.Figure;
import ru.sppr.chat.situation.SituationViews.FigureHistory;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;

/** The situation model: incidents and entities (places, objects, organisations, people) with their figures. */
final class SituationRoutes {
    private final SituationModel situation;
    private final ShiftDigest digest;

    SituationRoutes(SituationModel situation, ShiftDigest digest) {
        this.situation = situation;
        this.digest = digest;
    }

    List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(GET, "/chat/incidents", "situation", "Происшествия: since, type, place, limit — новые сверху, в пределах допуска", Access.USER, this::incidents),
                new ApiRoute(GET, "/chat/incidents/{incident_id}", "situation", "Карточка происшествия: показатели с историей и расхождениями, сообщения по времени", Access.USER, this::incident),
                new ApiRoute(GET, "/chat/entities", "situation", "Места, объекты, организации и люди из базы: q, limit", Access.USER, this::entities),
                new ApiRoute(GET, "/chat/entities/{entity_id}", "situation", "Карточка объекта: его наблюдения по времени", Access.USER, this::entity),
                new ApiRoute(GET, "/chat/digest", "situation", "Что изменилось с момента since (по умолчанию — с начала 12-часовой смены, 08:00 или 20:00 "
                        + "по времени сервиса): новые происшествия, изменившиеся показатели и состояния, новые расхождения, у каждой строки — источник; "
                        + "format=markdown — файл Markdown", Access.USER, this::digest));
    }

    private void incidents(Context ctx) {
        String type = ctx.queryParam("type");
        EventType eventType = null;
        if (type != null && !type.isBlank()) {
            try {
                eventType = EventType.parse(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("type", "неизвестный вид происшествия; допустимы " + EventType.codes());
            }
        }
        var list = situation.incidents(QueryParams.optionalMoment(ctx, "since", situation.zone()), eventType, ctx.queryParam("place"),
                QueryParams.intOr(ctx, "limit", 100), caller(ctx));
        ctx.json(Envelope.success(Map.of("incidents", list.stream().map(SituationJson::summary).toList())));
    }

    private void incident(Context ctx) {
        var card = situation.incident(QueryParams.pathId(ctx, "incident_id"), caller(ctx));
        ctx.json(Envelope.success(SituationJson.card(card)));
    }

    private void digest(Context ctx) {
        String format = ctx.queryParam("format");
        boolean markdown = format != null && format.equalsIgnoreCase("markdown");
        if (format != null && !format.isBlank() && !markdown && !format.equalsIgnoreCase("json")) {
            throw new InvalidRequestException("format", "допустимы json и markdown");
        }
        var result = digest.since(QueryParams.optionalMoment(ctx, "since", situation.zone()), caller(ctx));
        if (markdown) {
            String day = result.since().atZone(situation.zone()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
            ctx.header("Content-Disposition", "attachment; filename=\"smena-" + day + ".md\"")
                    .contentType("text/markdown; charset=utf-8").result(new DigestMarkdown(situation.zone()).render(result));
            return;
        }
        ctx.json(Envelope.success(SituationJson.digest(result, situation.zone())));
    }

    private void entities(Context ctx) {
        var list = situation.entities(ctx.queryParam("q"), QueryParams.intOr(ctx, "limit", 100), caller(ctx));
        ctx.json(Envelope.success(Map.of("entities", list.stream().map(SituationJson::entity).toList())));
    }

    private void entity(Context ctx) {
        var card = situation.entity(ctx.pathParam("entity_id"), caller(ctx));
        ctx.json(Envelope.success(SituationJson.entityCard(card)));
    }
}
