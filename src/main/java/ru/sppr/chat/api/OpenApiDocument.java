package ru.sppr.chat.api;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OpenAPI 3 document, generated from the same route table that Javalin serves, so the two cannot drift. */
final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z_]+)}");

    private OpenApiDocument() {
    }

    static Map<String, Object> of(List<ApiRoute> routes) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (ApiRoute route : routes) {
            @SuppressWarnings("unchecked")
            var item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<String, Object>());
            item.put(route.method().name().toLowerCase(Locale.ROOT), operation(route));
        }
        return Map.of(
                "openapi", "3.0.3",
                "info", Map.of("title", "Chat SPPR", "version", "1",
                        "description", "Диалоговый модуль СППР. Каждый ответ — конверт {ok, payload, error, timestamp}."),
                "paths", paths,
                "components", Map.of(
                        "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer")),
                        "schemas", Map.of("Envelope", Map.of("type", "object",
                                "required", List.of("ok", "payload", "error", "timestamp"), "properties", Map.of(
                                "ok", Map.of("type", "boolean"),
                                "payload", Map.of("type", "object", "nullable", true),
                                "error", Map.of("type", "string", "nullable", true),
                                "timestamp", Map.of("type", "string", "format", "date-time"))))));
    }

    /** What every status means, as the document says it. */
    private static final Map<Integer, String> MEANING = Map.ofEntries(
            Map.entry(200, "успех"), Map.entry(201, "создано"),
            Map.entry(400, "некорректный запрос (поле названо в payload.field)"),
            Map.entry(401, "нет действующего токена"), Map.entry(403, "нет прав (роль, владелец сессии, допуск)"),
            Map.entry(404, "не найдено"), Map.entry(405, "адрес есть, метод другой"),
            Map.entry(409, "конфликт: сессия закрыта, исчерпан предел вопросов, повтор"),
            Map.entry(413, "тело запроса или файл слишком велики"),
            Map.entry(429, "слишком много запросов (Retry-After)"),
            Map.entry(503, "узел не может ответить сейчас: база недоступна, очередь вопросов полна или узел разогревается (Retry-After)"));

    private static Map<String, Object> operation(ApiRoute route) {
        RouteDocs.Doc doc = RouteDocs.of(route);
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(route.tag()));
        op.put("summary", route.summary());
        op.put("operationId", route.method().name().toLowerCase(Locale.ROOT) + route.path().replaceAll("[^A-Za-z0-9]+", "_"));
        List<Map<String, Object>> params = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(route.path());
        while (m.find()) {
            params.add(Map.of("name", m.group(1), "in", "path", "required", true,
                    "schema", m.group(1).equals("id") ? Map.of("type", "integer", "format", "int64") : Map.of("type", "string")));
        }
        for (RouteDocs.Query q : doc.query()) {
            var param = new LinkedHashMap<String, Object>(Map.of("name", q.name(), "in", "query", "required", q.required(),
                    "description", q.description(), "schema", Map.of("type", q.type())));
            if (q.example() != null) {
                param.put("example", q.example());
            }
            params.add(param);
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (doc.body() != null) {
            op.put("requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema", doc.body()))));
        } else if (route.path().equals("/chat/documents") && route.method().name().equals("POST")) {
            op.put("requestBody", Map.of("required", true,
                    "content", Map.of("multipart/form-data", Map.of("schema", RouteDocs.uploadForm()))));
        }
        if (route.access() != ApiRoute.Access.PUBLIC) {
            op.put("security", List.of(Map.of("bearer", List.of())));
        }
        op.put("responses", responses(route, doc));
        return op;
    }

    /** The route's own statuses plus those every route of its kind can answer. */
    private static Map<String, Object> responses(ApiRoute route, RouteDocs.Doc doc) {
        var statuses = new TreeSet<Integer>(doc.statuses());
        statuses.add(doc.success());
        if (doc.success() == 201) {
            statuses.add(200);
        }
        statuses.add(405);
        if (route.access() != ApiRoute.Access.PUBLIC) {
            statuses.addAll(List.of(400, 401, 429, 503));
        }
        if (route.access() == ApiRoute.Access.ADMIN) {
            statuses.add(403);
        }
        if (route.path().contains("{")) {
            statuses.add(404);
        }
        if (doc.body() != null || route.method() != HandlerType.GET) {
            // the body limit holds for every request that may carry one, also where none is expected
            statuses.add(413);
        }
        Map<String, Object> envelope = Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Envelope")));
        Map<String, Object> markdown = Map.of("text/markdown", Map.of("schema", Map.of("type", "string")));
        Map<String, Object> responses = new LinkedHashMap<>();
        for (int status : statuses) {
            Map<String, Object> content = status != doc.success() ? envelope : switch (doc.successBody()) {
                case JSON -> envelope;
                case MARKDOWN -> markdown;
                case JSON_OR_MARKDOWN -> new LinkedHashMap<>(Map.of("application/json", envelope.get("application/json"),
                        "text/markdown", markdown.get("text/markdown")));
            };
            responses.put(Integer.toString(status), Map.of("description", MEANING.get(status), "content", content));
        }
        return responses;
    }
}
