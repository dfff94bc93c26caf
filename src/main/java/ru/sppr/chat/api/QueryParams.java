package ru.sppr.chat.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.failure.NotFoundException;

/** Path and query parameters parsed with errors that name the parameter. */
final class QueryParams {
    private QueryParams() {
    }

    static long pathId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id < 1) {
                throw new NotFoundException("объект " + raw + " не найден");
            }
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "идентификатор должен быть положительным целым числом");
        }
    }

    static Long optionalLong(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "должно быть целым числом");
        }
    }

    static int intOr(Context ctx, String name, int fallback) {
        Long value = optionalLong(ctx, name);
        if (value == null) {
            return fallback;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidRequestException(name, "число вне допустимого диапазона");
        }
        return value.intValue();
    }

    /**
     * A moment given as an instant («2026-04-16T05:00:00Z»), with an offset («2026-04-16T08:00+03:00») or as the
     * service zone's wall time («2026-04-16T08:00», as a console's date-time field sends it).
     */
    static Instant optionalMoment(Context ctx, String name, ZoneId zone) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ServiceMoments.parse(raw, zone);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, ServiceMoments.EXPECTED);
        }
    }
}
