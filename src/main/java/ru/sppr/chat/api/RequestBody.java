package ru.sppr.chat.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
            throw new InvalidRequestException(null, "тело запроса — некорректный JSON" + where(e, bytes));
        } catch (IOException e) {
            throw new InvalidRequestException(null, "тело запроса не удалось прочитать");
        }
    }

    /** Where the parser stopped, in characters (Jackson counts bytes of the UTF-8 body), instead of its English message. */
    private static String where(JsonProcessingException e, byte[] bytes) {
        var at = e.getLocation();
        if (at == null || at.getByteOffset() < 0) {
            return "";
        }
        String before = new String(bytes, 0, (int) Math.min(at.getByteOffset(), bytes.length), StandardCharsets.UTF_8);
        long line = before.chars().filter(c -> c == '\n').count() + 1;
        return " (строка " + line + ", символ " + (before.length() - before.lastIndexOf('\n')) + ")";
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
