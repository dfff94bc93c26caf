package ru.sppr.chat.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An answer as Server-Sent Events: one {@code sentence} event per sentence (with its citation marks) as it is
 * ready, then one {@code done} event carrying the full payload (citations, confidence, intent, suggestions).
 * The turn is already stored when streaming starts, so a dropped connection loses nothing.
 */
final class ServerSentEvents {
    private ServerSentEvents() {
    }

    static void stream(Context ctx, ObjectMapper mapper, Views.AskView answer) {
        ctx.status(200).contentType("text/event-stream; charset=utf-8").header("Cache-Control", "no-cache");
        try {
            OutputStream out = ctx.res().getOutputStream();
            int index = 0;
            for (String piece : pieces(answer.response())) {
                send(out, "sentence", mapper.writeValueAsString(Map.of("index", index++, "text", piece)));
            }
            send(out, "done", mapper.writeValueAsString(Envelope.success(answer)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer cut after each citation mark (or line), so every piece ends with the sources it rests on. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String part : text.split("(?<=\\])\\s+(?=\\S)|\\n")) {
            if (!part.isBlank()) {
                pieces.add(part.strip());
            }
        }
        return pieces;
    }

    private static void send(OutputStream out, String event, String data) throws IOException {
        out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
