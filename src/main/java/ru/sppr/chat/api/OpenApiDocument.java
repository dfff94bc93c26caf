package ru.sppr.chat.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
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
                        "schemas", Map.of("Envelope", Map.of("type", "object", "properties", Map.of(
                                "ok", Map.of("type", "boolean"),
                                "payload", Map.of("type", "object"),
                                "error", Map.of("type", "string", "nullable", true),
                                "timestamp", Map.of("type", "string", "format", "date-time"))))));
    }

    private static Map<String, Object> operation(ApiRoute route) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(route.tag()));
        op.put("summary", route.summary());
        List<Map<String, Object>> params = new java.util.ArrayList<>();
        Matcher m = PATH_PARAM.matcher(route.path());
        while (m.find()) {
            params.add(Map.of("name", m.group(1), "in", "path", "required", true,
                    "schema", m.group(1).equals("id") ? Map.of("type", "integer", "format", "int64") : Map.of("type", "string")));
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (route.access() != ApiRoute.Access.PUBLIC) {
            op.put("security", List.of(Map.of("bearer", List.of())));
        }
        var envelope = Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Envelope")));
        op.put("responses", Map.of(
                "200", Map.of("description", "успех", "content", envelope),
                "400", Map.of("description", "некорректный запрос (поле названо в payload.field)", "content", envelope),
                "401", Map.of("description", "нет действующего токена", "content", envelope),
                "404", Map.of("description", "не найдено", "content", envelope)));
        return op;
    }
}
