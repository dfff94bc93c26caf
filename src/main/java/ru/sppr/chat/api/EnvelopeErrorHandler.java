package ru.sppr.chat.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches Javalin (a URI or headers too long, a malformed request line)
 * get the same JSON envelope as every other response instead of Jetty's HTML page.
 */
final class EnvelopeErrorHandler extends ErrorHandler {
    /** Jetty writes an error body only for GET, POST and HEAD by default; every method gets the envelope here. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String error = switch (code) {
            case 400 -> "некорректный запрос";
            case 414 -> "адрес запроса слишком длинный";
            case 431 -> "адрес или заголовки запроса слишком длинные";
            case 426 -> "нужен HTTP/1.1: HTTP/2 этим адресом не поддерживается";
            case 505 -> "версия HTTP не поддерживается";
            default -> ErrorMapping.httpMessage(code);
        };
        String body = "{\"ok\":false,\"payload\":{},\"error\":\"" + Envelope.sentence(error) + "\",\"timestamp\":\""
                + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "\"}";
        if (code == 505) {
            response.setStatus(400);  // an unknown HTTP version is the client's mistake, not a server failure
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
