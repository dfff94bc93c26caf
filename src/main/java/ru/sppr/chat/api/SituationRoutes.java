package ru.sppr.chat.api;

import static io.javalin.http.HandlerType.GET;
import static ru.sppr.chat.api.Authentication.caller;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.api.ApiRoute.Access;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.situation.EventType;
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

    SituationRoutes(SituationModel situation) {
        this.situation = situation;
    }

    List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(GET, "/chat/incidents", "situation", "Происшествия: since, type, place, limit — новые сверху, в пределах допуска", Access.USER, this::incidents),
                new ApiRoute(GET, "/chat/incidents/{incident_id}", "situation", "Карточка происшествия: показатели с историей и расхождениями, сообщения по времени", Access.USER, this::incident),
                new ApiRoute(GET, "/chat/entities", "situation", "Места, объекты, организации и люди из базы: q, limit", Access.USER, this::entities),
                new ApiRoute(GET, "/chat/entities/{entity_id}", "situation", "Карточка объекта: его наблюдения по времени", Access.USER, this::entity));
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

    private void entities(Context ctx) {
        var list = situation.entities(ctx.queryParam("q"), QueryParams.intOr(ctx, "limit", 100), caller(ctx));
        ctx.json(Envelope.success(Map.of("entities", list.stream().map(SituationJson::entity).toList())));
    }

    private void entity(Context ctx) {
        var card = situation.entity(ctx.pathParam("entity_id"), caller(ctx));
        ctx.json(Envelope.success(SituationJson.entityCard(card)));
    }
}
