package ru.sppr.chat.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IngestReportTest {
    @Test
    void a_failed_file_is_named_once_with_its_folder() {
        assertThat(IngestReport.FileResult.failed("папка/b.pdf", "b.pdf: содержимое не соответствует расширению файла").failure())
                .isEqualTo("папка/b.pdf: содержимое не соответствует расширению файла");
        assertThat(IngestReport.FileResult.failed("log.jsonl", "log.jsonl, строка 3: некорректный JSON").failure())
                .isEqualTo("log.jsonl, строка 3: некорректный JSON");
        assertThat(IngestReport.FileResult.failed("a.txt", "файл больше 64 МБ").failure()).isEqualTo("a.txt: файл больше 64 МБ");
    }
}
