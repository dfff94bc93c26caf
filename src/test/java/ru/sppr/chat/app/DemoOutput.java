package ru.sppr.chat.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/** What a running {@code demo} prints on stdout, for tests that start it as a process. */
final class DemoOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoOutput() {
    }

    /** The JSON with the address and token the demo prints once it serves; log lines may come before it. */
    static Optional<JsonNode> info(String text) {
        for (int at = text.indexOf('{'); at >= 0; at = text.indexOf('{', at + 1)) {
            try {
                JsonNode node = JSON.readTree(text.substring(at));
                if (node.has("token") && node.has("api")) {
                    return Optional.of(node);
                }
            } catch (IOException notYetOrNotJson) {
                // the JSON is still being written, or this brace was in a log line
            }
        }
        return Optional.empty();
    }
}
