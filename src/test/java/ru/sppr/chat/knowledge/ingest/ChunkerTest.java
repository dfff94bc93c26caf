package ru.sppr.chat.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.knowledge.analysis.Sentences;

class ChunkerTest {
    static String sentences(String word, int count, int wordsEach) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((word + " ").repeat(wordsEach - 1)).append("конец").append(i).append(". ");
        }
        return text.toString().strip();
    }

    @Test
    void should_keep_a_short_section_whole_and_start_a_new_fragment_at_each_heading() {
        var chunks = Chunker.chunk(List.of(
                Block.paragraph("Первый абзац. Второе предложение.", "раздел «А»", "А"),
                Block.paragraph("Ещё абзац того же раздела.", "раздел «А»", "А"),
                Block.paragraph("Другой раздел.", "раздел «Б»", "Б")));

        assertThat(chunks).extracting(Chunker.Chunk::text)
                .containsExactly("Первый абзац. Второе предложение.\nЕщё абзац того же раздела.", "Другой раздел.");
        assertThat(chunks).extracting(Chunker.Chunk::heading).containsExactly("А", "Б");
    }

    @Test
    void should_join_the_lines_and_paragraphs_of_a_source_by_a_line_break_and_the_sentences_of_a_line_by_a_space() {
        var chunks = Chunker.chunk(List.of(
                Block.paragraph("ОМВД России по Заречному району\nПредседателю КЧС Громову В.П.\nКопия: ЕДДС.", null, null),
                Block.paragraph("Задержаны двое. Доставлены в ОМВД в 03:10.\nИмущество изъято.", null, null),
                Block.paragraph("Гидропост\nУровень, см", null, null)));

        assertThat(chunks).extracting(Chunker.Chunk::text).containsExactly("ОМВД России по Заречному району\n"
                + "Председателю КЧС Громову В.П.\nКопия: ЕДДС.\nЗадержаны двое. Доставлены в ОМВД в 03:10.\nИмущество изъято.\n"
                + "Гидропост\nУровень, см");
    }

    @Test
    void should_start_the_next_fragment_with_the_overlapping_sentence_and_keep_the_lines_after_it() {
        String line = sentences("Вода", 10, 30);
        var chunks = Chunker.chunk(List.of(Block.paragraph(line + "\n" + line, "стр. 1", null)));

        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(1).text()).as("the second line only, its sentences by spaces")
                .startsWith(Sentences.split(chunks.getFirst().text()).getLast()).doesNotContain("\n");
        assertThat(chunks.getFirst().text()).contains("конец9.\nВода");
    }

    @Test
    void should_pack_long_sections_into_at_most_400_words_with_one_sentence_of_overlap_never_cutting_a_sentence() {
        String text = sentences("Вода", 30, 30);

        var chunks = Chunker.chunk(List.of(Block.paragraph(text, "стр. 1", null)));

        assertThat(chunks).hasSizeGreaterThan(2);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(Sentences.words(c.text())).isLessThanOrEqualTo(Chunker.MAX_WORDS);
            assertThat(c.text()).endsWith(".");
        });
        String lastOfFirst = Sentences.split(chunks.get(0).text()).getLast();
        assertThat(chunks.get(1).text()).startsWith(lastOfFirst);
    }

    @Test
    void should_keep_each_table_row_or_event_as_its_own_fragment_with_its_time() {
        Instant at = Instant.parse("2026-04-10T05:00:00Z");
        var chunks = Chunker.chunk(List.of(
                new Block("пост: Ключи; уровень: 589", "строка 2", null, at, true),
                new Block("пост: Ключи; уровень: 612", "строка 3", null, null, true)));

        assertThat(chunks).extracting(Chunker.Chunk::location).containsExactly("строка 2", "строка 3");
        assertThat(chunks.getFirst().observedAt()).isEqualTo(at);
    }
}
