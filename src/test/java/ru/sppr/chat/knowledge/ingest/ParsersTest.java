package ru.sppr.chat.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.knowledge.source.SourceType;

/** Every supported format, read from the demo knowledge base shipped in the repository. */
class ParsersTest {
    static final Path DEMO = Path.of("demo/knowledge");
    final Parsers parsers = new Parsers("tesseract", new DateFinder(ZoneId.of("Europe/Moscow")));

    @TempDir
    Path tmp;

    List<ParsedSource> parse(Path file) throws IOException {
        List<ParsedSource> out = new ArrayList<>();
        parsers.forFile(file).orElseThrow().parse(file, out::add);
        return out;
    }

    static String allText(ParsedSource s) {
        return String.join(" ", s.blocks().stream().map(Block::text).toList());
    }

    @Test
    void should_read_markdown_headings_title_and_the_report_time() throws IOException {
        ParsedSource report = parse(DEMO.resolve("svodka-2026-04-10-0800.md")).getFirst();

        assertThat(report.title()).isEqualTo("Оперативная сводка ЕДДС Заречного района № 102");
        assertThat(report.observedAt()).isEqualTo(Instant.parse("2026-04-10T05:00:00Z"));
        assertThat(report.blocks()).anySatisfy(b -> {
            assertThat(b.heading()).isEqualTo("Гидрология");
            assertThat(b.location()).isEqualTo("раздел «Гидрология»");
        });
        assertThat(allText(report)).contains("ГП Ключи — 612 см").doesNotContain("**");
        assertThat(parse(DEMO.resolve("reshenie-kchs-05-2026-04-08.md")).getFirst().title()).as("a one-word title goes on in the next heading")
                .isEqualTo("РЕШЕНИЕ комиссии по предупреждению и ликвидации чрезвычайных ситуаций и обеспечению пожарной безопасности "
                        + "Заречного муниципального района");
        assertThat(parse(DEMO.resolve("svodka-2026-04-14-0800.md")).getFirst().title()).as("a heading in lower case goes on with the title")
                .isEqualTo("Оперативная сводка ЕДДС Заречного района № 110 на 08:00 14.04.2026");
        assertThat(parse(DEMO.resolve("svodka-2026-04-09-0800.md")).getFirst().title()).as("a section heading does not")
                .isEqualTo("Оперативная сводка ЕДДС Заречного района № 100 на 08:00 09.04.2026");
    }

    @Test
    void should_read_office_documents_and_html_through_tika() throws IOException {
        assertThat(allText(parse(DEMO.resolve("reshenie-kchs-06-2026-04-10.docx")).getFirst())).containsIgnoringCase("эвакуац");
        assertThat(allText(parse(DEMO.resolve("protokol-kchs-07-2026-04-12.odt")).getFirst())).isNotBlank();
        assertThat(parse(DEMO.resolve("svodka-2026-04-09-2000.html")).getFirst().observedAt()).isNotNull();
        ParsedSource pdf = parse(DEMO.resolve("prognoz-pogody-2026-04-09.pdf")).getFirst();
        assertThat(pdf.blocks()).extracting(Block::location).contains("стр. 1", "стр. 2");
    }

    @Test
    void should_turn_each_table_row_into_a_fragment_with_its_header_and_time() throws IOException {
        ParsedSource csv = parse(DEMO.resolve("gidroposty-sosna-2026-04.csv")).getFirst();

        assertThat(csv.type()).isEqualTo(SourceType.TABLE);
        Block first = csv.blocks().getFirst();
        assertThat(first.text()).as("the file's machine header in Russian words")
                .isEqualTo("пост: Верхний Бор; дата и время: 2026-04-08T08:00:00+03:00; уровень, см: 471; изменение за 24 ч, см: +31; "
                        + "опасная отметка, см: 560");
        assertThat(first.location()).isEqualTo("строка 2");
        assertThat(first.observedAt()).isEqualTo(Instant.parse("2026-04-08T05:00:00Z"));
        assertThat(first.standalone()).isTrue();

        List<ParsedSource> sheets = parse(DEMO.resolve("pvr-i-sily-2026-04.xlsx"));
        assertThat(sheets).hasSizeGreaterThan(1);
        assertThat(sheets.getFirst().blocks().getFirst().location()).startsWith("лист «");
    }

    @Test
    void should_read_an_event_log_as_time_stamped_events_and_records_as_sources_of_their_own() throws IOException {
        ParsedSource log = parse(DEMO.resolve("events.jsonl")).getFirst();
        List<ParsedSource> news = parse(DEMO.resolve("news.jsonl"));

        assertThat(log.type()).isEqualTo(SourceType.EVENTS);
        assertThat(log.blocks()).allSatisfy(b -> assertThat(b.observedAt()).isNotNull());
        assertThat(log.blocks().getFirst().text()).startsWith("08:00 08.04.2026 МСК — гидрология, ГП Ключи: Уровень воды 512 см")
                .doesNotContain("type:").doesNotContain("location:");
        assertThat(news).hasSizeGreaterThan(5).allSatisfy(n -> assertThat(n.type()).isEqualTo(SourceType.RECORD));
        assertThat(news.getFirst().key()).isEqualTo("news-001");
    }

    @Test
    void should_keep_the_lines_of_a_plain_text_paragraph_as_lines_and_the_title_on_one() throws IOException {
        ParsedSource letter = parse(DEMO.resolve("proisshestvie-omvd-2026-04-12.txt")).getFirst();

        assertThat(letter.blocks()).extracting(Block::text).contains(
                "ОМВД России по Заречному району\nПредседателю КЧС и ОПБ Заречного муниципального района Громову В.П.\n"
                        + "Копия: начальнику ЕДДС Заречного района Кравец О.С.",
                "Начальник ОМВД России по Заречному району\nподполковник полиции А.В. Фомин");
        Path twoLines = Files.writeString(tmp.resolve("title.txt"), "ЕДДС ЗАРЕЧНОГО РАЙОНА\nОТДЕЛ ОПЕРАТИВНОГО ДЕЖУРСТВА\n\nТекст.");
        assertThat(parse(twoLines).getFirst().title()).isEqualTo("ЕДДС ЗАРЕЧНОГО РАЙОНА ОТДЕЛ ОПЕРАТИВНОГО ДЕЖУРСТВА");
    }

    @Test
    void should_title_a_plain_text_by_the_kind_of_document_it_names_not_by_the_letterhead_above_it() throws IOException {
        Path report = Files.writeString(tmp.resolve("svodka.txt"), "ЕДДС ЗАРЕЧНОГО РАЙОНА\nОПЕРАТИВНАЯ СВОДКА № 103\n\nТекст.");

        assertThat(parse(report).getFirst().title()).as("the issuer in brackets").isEqualTo("ОПЕРАТИВНАЯ СВОДКА № 103 (ЕДДС ЗАРЕЧНОГО РАЙОНА)");
        assertThat(parse(DEMO.resolve("shtormovoe-preduprezhdenie-12-2026-04-08.txt")).getFirst().title())
                .as("with the lines going on with it").isEqualTo("ШТОРМОВОЕ ПРЕДУПРЕЖДЕНИЕ № 12 об опасном гидрологическом явлении "
                        + "(СЕВЕРСКИЙ ЦГМС — ФИЛИАЛ ФГБУ «ЦЕНТРАЛЬНОЕ УГМС»)");
        assertThat(parse(DEMO.resolve("donesenie-cuks-2026-04-10-1300.txt")).getFirst().title())
                .isEqualTo("ДОНЕСЕНИЕ о факте и основных параметрах чрезвычайной ситуации (форма 2/ЧС)");
    }

    @Test
    void should_write_an_events_time_in_the_service_zone_with_its_label_whatever_offset_the_log_gave() throws IOException {
        Path file = Files.writeString(tmp.resolve("log.jsonl"), String.join("\n",
                "{\"time\": \"2026-04-09T17:30:00+03:00\", \"location\": \"мост у с. Ключи\", \"text\": \"Движение закрыто.\"}",
                "{\"time\": \"2026-04-09T20:00:00\", \"location\": \"ГП Ключи\", \"text\": \"Уровень 589 см.\"}"));
        var yekaterinburg = new Parsers("tesseract", new DateFinder(ZoneId.of("Asia/Yekaterinburg")));
        List<ParsedSource> parsed = new ArrayList<>();
        yekaterinburg.forFile(file).orElseThrow().parse(file, parsed::add);

        assertThat(parsed.getFirst().blocks()).extracting(Block::text).containsExactly(
                "19:30 09.04.2026 UTC+5 — мост у с. Ключи: Движение закрыто.",
                "20:00 09.04.2026 UTC+5 — ГП Ключи: Уровень 589 см.");
    }

    @Test
    void should_read_text_in_images_by_ocr_and_time_and_place_from_exif() throws IOException {
        Path png = DEMO.resolve("obyavlenie-evakuaciya-nizhnie-klyuchi.png");
        if (!tesseractInstalled()) {
            assertThatThrownBy(() -> parse(png)).isInstanceOf(UnreadableSourceException.class).hasMessageContaining("tesseract");
            return;
        }
        assertThat(allText(parse(png).getFirst())).containsIgnoringCase("Горячая линия");
        ParsedSource photo = parse(DEMO.resolve("pereprava-klyuchi-2026-04-11.jpg")).getFirst();
        assertThat(photo.observedAt()).isEqualTo(Instant.parse("2026-04-11T06:42:00Z"));
        assertThat(photo.blocks().getFirst().location()).contains("GPS 53.08");
    }

    @Test
    void should_fail_with_a_reason_on_corrupt_or_lying_files() throws IOException {
        Path fakePdf = Files.writeString(tmp.resolve("fake.pdf"), "это не PDF");
        Path badJson = Files.writeString(tmp.resolve("bad.jsonl"), "{\"id\": \"a\", \"text\": \"ok\"}\n{oops\n");
        Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0x81, (byte) 0x98});

        assertThatThrownBy(() -> parse(fakePdf)).isInstanceOf(UnreadableSourceException.class).hasMessageContaining("fake.pdf");
        assertThatThrownBy(() -> parse(badJson)).isInstanceOf(UnreadableSourceException.class).hasMessageContaining("строка 2");
        assertThat(parsers.forFile(tmp.resolve("archive.zip"))).isEmpty();
        assertThat(parsers.forFile(binary)).isPresent();
    }

    static boolean tesseractInstalled() {
        try {
            return new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
