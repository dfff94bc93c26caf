package ru.sppr.chat.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the OpenAPI document says about each route beyond the route table: the success status, query parameters,
 * the request body and the statuses particular to it (those common to every route of an access level are added by
 * {@link OpenApiDocument}). Keyed by {@code "METHOD path"}; a route missing here still gets the common parts.
 */
final class RouteDocs {
    /**
     * A query parameter: name, OpenAPI type, description; a required one carries the example Swagger UI's "Try it
     * out" fills in.
     */
    record Query(String name, String type, String description, boolean required, String example) {
        Query(String name, String type, String description) {
            this(name, type, description, false, null);
        }
    }

    /** What a successful answer is: the JSON envelope, a Markdown file, or either (by a query parameter). */
    enum Success { JSON, MARKDOWN, JSON_OR_MARKDOWN }

    /** A route's own documentation; {@code body}: a JSON schema, or null when the route takes no body. */
    record Doc(int success, Success successBody, List<Query> query, Map<String, Object> body, Set<Integer> statuses) {}

    private static final Query LIMIT = new Query("limit", "integer", "сколько записей, не больше предела маршрута");
    private static final Map<String, Doc> DOCS = new LinkedHashMap<>();

    static {
        doc("POST /chat/users", 200, List.of(), object(Map.of(
                "username", text("имя входа"), "display_name", text("отображаемое имя"),
                "role", enumOf("роль", "admin", "analyst", "operator", "guest"),
                "clearance", enumOf("допуск", "public", "internal", "confidential", "secret")), "username"), 201, 409);
        doc("POST /chat/users/{id}/tokens", 201, List.of(), null, 404);
        doc("POST /chat/tokens/revoke", 200, List.of(), object(Map.of("token", text("отзываемый токен")), "token"), 404);
        doc("POST /chat/sessions", 201, List.of(), example(object(Map.of("title", text("название сессии, до 256 символов"),
                "user_id", integer("владелец (только свой; администратор — любой); без него — свой"))),
                Map.of("title", "Паводок у Ключей")), 403, 404);
        doc("GET /chat/sessions", 200, List.of(new Query("user_id", "integer", "чьи сессии (администратор)"), LIMIT), null, 403);
        doc("GET /chat/sessions/{id}", 200, List.of(), null, 403);
        doc("POST /chat/sessions/{id}/ask", 200, List.of(new Query("stream", "boolean", "true — ответ событиями SSE")),
                example(object(Map.of("user_message", text("вопрос, до 4000 символов")), "user_message"),
                        Map.of("user_message", "Какой уровень воды у моста Заречье?")), 403, 409, 503);
        doc("GET /chat/sessions/{id}/history", 200, List.of(LIMIT,
                new Query("before", "integer", "позиция: ходы до неё (страница назад)")), null, 403);
        doc("GET /chat/sessions/{id}/report", 200, Success.MARKDOWN, List.of(), null, 403);
        doc("POST /chat/sessions/{id}/close", 200, List.of(), null, 403, 409);
        doc("POST /chat/feedback", 200, List.of(), object(Map.of("turn_id", integer("ход ответа"),
                "score", integer("оценка: −1/+1 или 1..5"), "scale", text("шкала: binary или five (необязательно)"),
                "comment", text("комментарий")), "turn_id", "score"), 403, 404, 409);
        doc("GET /chat/search", 200, List.of(new Query("q", "string", "что искать", true, "уровень воды"),
                new Query("k", "integer", "сколько результатов, 1..100"), new Query("as_of", "string", "только известное на этот момент (от него же — свежесть), ISO-8601 (без пояса — время сервиса)"),
                new Query("from", "string", "наблюдения не раньше, ISO-8601 (без пояса — время сервиса)"),
                new Query("to", "string", "не позже, ISO-8601 (без пояса — время сервиса)"),
                new Query("type", "string", "вид источника"), new Query("tag", "string", "метка")), null);
        doc("GET /chat/documents", 200, List.of(new Query("type", "string", "вид источника"), new Query("tag", "string", "метка"),
                new Query("from", "string", "ISO-8601 (без пояса — время сервиса)"), new Query("to", "string", "ISO-8601 (без пояса — время сервиса)"),
                new Query("q", "string", "слова заголовка"), LIMIT, new Query("offset", "integer", "пропустить")), null);
        doc("GET /chat/documents/{source_id}", 200, List.of(), null);
        doc("GET /chat/documents/{source_id}/original", 200, List.of(), null);
        doc("DELETE /chat/documents/{source_id}", 200, List.of(), null, 403);
        doc("POST /chat/documents", 201, List.of(), null, 403, 409, 413);
        doc("POST /chat/reindex", 200, List.of(), null);
        doc("GET /chat/audit", 200, List.of(new Query("user_id", "integer", "чьи события"),
                new Query("session_id", "integer", "сессия"), new Query("event_type", "string", "тип события"),
                new Query("from", "string", "ISO-8601 (без пояса — время сервиса)"), new Query("to", "string", "ISO-8601 (без пояса — время сервиса)"),
                new Query("before", "integer", "записи с номером меньше"), LIMIT), null);
        doc("GET /chat/digest", 200, Success.JSON_OR_MARKDOWN, List.of(
                new Query("since", "string", "с какого момента, ISO-8601 (без пояса — время сервиса); по умолчанию — с начала смены"),
                new Query("format", "string", "json (по умолчанию) или markdown — файл smena-….md")), null);
        doc("GET /chat/report", 200, List.of(new Query("limit", "integer", "сколько последних снимков, 1..500 (по умолчанию 20)")), null);
        doc("GET /chat/incidents", 200, List.of(new Query("since", "string", "не раньше, ISO-8601 (без пояса — время сервиса)"),
                new Query("type", "string", "вид происшествия"), new Query("place", "string", "место"), LIMIT), null);
        doc("GET /chat/entities", 200, List.of(new Query("q", "string", "имя в любой форме"), LIMIT), null);
        doc("GET /chat/health", 200, List.of(), null, 503);
        doc("GET /chat/ready", 200, List.of(), null, 503);
    }

    private RouteDocs() {
    }

    static Doc of(ApiRoute route) {
        return DOCS.getOrDefault(route.method().name() + " " + route.path(), new Doc(200, Success.JSON, List.of(), null, Set.of()));
    }

    /** The multipart form of {@code POST /chat/documents}. */
    static Map<String, Object> uploadForm() {
        return Map.of("type", "object", "required", List.of("file"), "properties", Map.of(
                "file", Map.of("type", "array", "items", Map.of("type", "string", "format", "binary"),
                        "description", "файлы (можно несколько), до 50 МиБ каждый"),
                "access", withDefault(enumOf("допуск к загружаемому", "public", "internal", "confidential", "secret"), "internal"),
                "tags", text("метки через запятую")));
    }

    private static void doc(String key, int success, List<Query> query, Map<String, Object> body, Integer... statuses) {
        doc(key, success, Success.JSON, query, body, statuses);
    }

    private static void doc(String key, int success, Success successBody, List<Query> query, Map<String, Object> body,
                            Integer... statuses) {
        DOCS.put(key, new Doc(success, successBody, query, body, Set.of(statuses)));
    }

    private static Map<String, Object> object(Map<String, Object> properties, String... required) {
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "object");
        if (required.length > 0) {
            schema.put("required", List.of(required));
        }
        schema.put("properties", properties);
        return schema;
    }

    /** A whole-body example: Swagger UI's "Try it out" starts from it instead of a placeholder for every field. */
    private static Map<String, Object> example(Map<String, Object> schema, Map<String, Object> example) {
        var withExample = new LinkedHashMap<>(schema);
        withExample.put("example", example);
        return withExample;
    }

    private static Map<String, Object> withDefault(Map<String, Object> schema, Object value) {
        var withDefault = new LinkedHashMap<>(schema);
        withDefault.put("default", value);
        return withDefault;
    }

    private static Map<String, Object> text(String description) {
        return Map.of("type", "string", "description", description);
    }

    private static Map<String, Object> integer(String description) {
        return Map.of("type", "integer", "format", "int64", "description", description);
    }

    private static Map<String, Object> enumOf(String description, String... values) {
        return Map.of("type", "string", "enum", List.of(values), "description", description);
    }
}
