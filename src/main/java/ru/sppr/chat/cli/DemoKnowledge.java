package ru.sppr.chat.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the demo knowledge base is when neither {@code --knowledge} nor {@code CHAT_DEMO_KNOWLEDGE} says: {@code
 * demo/knowledge} in the current directory, else next to the jar ({@code lib/chat-sppr.jar} of the release archive and
 * {@code target/chat-sppr.jar} of a build both have it one level up) — so {@code java -jar …/chat-sppr.jar demo} finds it
 * from any directory.
 */
final class DemoKnowledge {
    private static final Path RELATIVE = Path.of("demo", "knowledge");

    private DemoKnowledge() {
    }

    static Path locate(Path given) {
        if (given != null) {
            return given;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(RELATIVE);
        jarDirectory().ifPresent(dir -> {
            candidates.add(dir.resolve(RELATIVE));
            if (dir.getParent() != null) {
                candidates.add(dir.getParent().resolve(RELATIVE));
            }
        });
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(RELATIVE);
    }

    private static Optional<Path> jarDirectory() {
        try {
            var location = DemoKnowledge.class.getProtectionDomain().getCodeSource();
            if (location == null) {
                return Optional.empty();
            }
            Path path = Path.of(location.getLocation().toURI());
            return Optional.ofNullable(Files.isRegularFile(path) ? path.getParent() : null);
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
