package ru.sppr.chat.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.failure.ConflictException;

/** The clean-up after an upload never hides why the upload failed, nor fails an upload that went through. */
class UploadCleanUpTest {

    @Test
    void should_keep_the_uploads_own_failure_and_attach_the_failed_clean_up_to_it() {
        var failure = new ConflictException("файл совпадает по содержимому с уже загруженным источником");

        KnowledgeBase.cleanUp(failure, () -> {
            throw new IllegalStateException("база недоступна");
        }, "the original");

        assertThat(failure).hasMessageContaining("совпадает по содержимому");
        assertThat(failure.getSuppressed()).hasSize(1);
        assertThat(failure.getSuppressed()[0]).hasMessage("база недоступна");
    }

    @Test
    void should_only_log_a_failed_clean_up_after_an_upload_that_went_through() {
        assertThatCode(() -> KnowledgeBase.cleanUp(null, () -> {
            throw new IllegalStateException("база недоступна");
        }, "the original")).doesNotThrowAnyException();
    }

    @Test
    void should_run_the_clean_up() {
        var ran = new AtomicBoolean();

        KnowledgeBase.cleanUp(null, () -> ran.set(true), "the original");

        assertThat(ran).isTrue();
    }
}
