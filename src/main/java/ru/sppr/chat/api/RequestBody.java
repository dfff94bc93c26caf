package ru.sppr.chat.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import ru.sppr.chat.failure.InvalidRequestException;

/** A JSON object body read strictly: wrong types and bad JSON become 400 errors naming the field. */
final class RequestBody {
    private final JsonNode root;

    private RequestBody(JsonNode root) {
        this.root = root;
    }

    static RequestBody of(Context ctx, ObjectMapper mapper) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            return new RequestBody(mapper.createObjectNode());
        }
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new InvalidRequestException(null, "тело запроса должно быть JSON-объектом");
            }
            return new RequestBody(root);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidRequestException(null, "тело запроса — некорректный JSON"
                    + (at == null ? "" : " (строка " + at.getLineNr() + ", позиция " + at.getColumnNr() + ")"));
        } catch (java.io.IOException e) {
            throw new InvalidRequestException(null, "тело запроса не удалось прочитать");
        }
    }

    String requiredText(String field) {
        String value = optionalText(field);
        if (value == null) {
            throw new InvalidRequestException(field, "обязательное поле");
        }
        return value;
    }

    String optionalText(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidRequestException(field, "должно быть строкой");
        }
        return node.textValue();
    }

    long requiredLong(String field) {
        Long value = optionalLong(field);
        if (value == null) {
            throw new InvalidRequestException(field, "обязательное поле");
        }
        return value;
    }

    Long optionalLong(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new InvalidRequestException(field, "должно быть целым числом");
        }
        return node.longValue();
    }

    int requiredInt(String field) {
        long value = requiredLong(field);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidRequestException(field, "число вне допустимого диапазона");
        }
        return (int) value;
    }
}
