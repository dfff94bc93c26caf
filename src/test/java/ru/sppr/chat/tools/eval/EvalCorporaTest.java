package ru.sppr.chat.tools.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.app.EnvironmentBackends;
import ru.sppr.chat.failure.InvalidRequestException;

class EvalCorporaTest {
    @TempDir
    Path dir;

    @Test
    void should_stop_an_evaluation_whose_corpus_is_not_there_rather_than_score_it_without() throws Exception {
        try (var backend = new EnvironmentBackends(Map.of()).openEmbedded(dir.resolve("home"), new MovableClock())) {
            assertThatThrownBy(() -> EvalCommands.loadTolerating(backend, List.of(dir.resolve("demo/knowledge"))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("demo/knowledge")
                    .hasMessageContaining("текущего каталога");
        }
    }

    @Test
    void should_stop_an_evaluation_whose_images_cannot_be_read_rather_than_score_the_base_without_them() throws Exception {
        Path demo = Files.createDirectories(dir.resolve("demo"));
        Files.writeString(demo.resolve("сводка.txt"), "Уровень воды на ГП Ключи 640 см.");
        var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", demo.resolve("схема.png").toFile());
        var noOcr = Map.of("CHAT_OCR_TESSERACT", dir.resolve("нет-такой-программы").toString());
        try (var backend = new EnvironmentBackends(noOcr).openEmbedded(dir.resolve("home"), new MovableClock())) {
            assertThatThrownBy(() -> EvalCommands.loadCorpora(backend, List.of(demo)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("оценка остановлена")
                    .hasMessageContaining("схема.png").hasMessageContaining("tesseract");
        }
    }
}
