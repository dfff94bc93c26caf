package ru.sppr.chat.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 10 000-page document and a compression bomb are refused with a reason, quickly and without filling memory. */
class OversizedDocumentsTest {
    private final Parsers parsers = new Parsers("tesseract", new DateFinder(ZoneId.of("Europe/Moscow")));

    @TempDir
    Path tmp;

    @Test
    void a_ten_thousand_page_pdf_is_refused_with_the_page_limit_named() throws IOException {
        Path pdf = tmp.resolve("tome.pdf");
        try (var doc = new PDDocument()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= 10_000; i++) {
                var page = new PDPage();
                doc.addPage(page);
                try (var content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(50, 700);
                    content.showText("Page " + i + ": water level report.");
                    content.endText();
                }
            }
            doc.save(pdf.toFile());
        }

        assertThatThrownBy(() -> parse(pdf)).isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("tome.pdf").hasMessageContaining("больше " + TikaParser.MAX_PAGES + " страниц");
    }

    @Test
    void a_document_that_inflates_a_thousandfold_is_refused_as_a_bomb() throws IOException {
        Path docx = tmp.resolve("bomb.docx");
        try (var zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            byte[] paragraph = ("<w:p><w:r><w:t>" + "а".repeat(4_000) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 6_000; i++) {
                zip.write(paragraph);
            }
            write(zip, "</w:body></w:document>");
            zip.closeEntry();
        }
        assertThat(Files.size(docx)).as("small on disk").isLessThan(200_000);

        assertThatThrownBy(() -> parse(docx)).isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("bomb.docx").hasMessageContaining("архив-бомб");
    }

    @Test
    void gibibyte_bombs_in_docx_and_xlsx_are_refused_in_seconds_without_growing_the_heap() throws Exception {
        Path docx = bomb(tmp.resolve("gib.docx"), "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
                "<w:p><w:r><w:t>" + "а".repeat(2_000) + "</w:t></w:r></w:p>", "</w:body></w:document>");
        Path xlsx = bomb(tmp.resolve("gib.xlsx"), "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
                "<row><c t=\"inlineStr\"><is><t>" + "а".repeat(2_000) + "</t></is></c></row>", "</sheetData></worksheet>");
        assertThat(Files.size(docx)).as("small on disk").isLessThan(3_000_000);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();

        for (Path bomb : List.of(docx, xlsx)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> parse(bomb)).isInstanceOf(UnreadableSourceException.class)
                    .hasMessageContaining("архив-бомб");
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("FIGURE %s (%d B, 1 GiB inside) refused in %.2f s%n", bomb.getFileName(), Files.size(bomb), seconds);
            assertThat(seconds).as(bomb + " refused within seconds").isLessThan(10);
        }
        long growth = runtime.totalMemory() - runtime.freeMemory() - heapBefore;
        System.out.printf("FIGURE heap growth over both bombs: %d MiB%n", growth / (1024 * 1024));
        assertThat(growth).as("heap growth").isLessThan(256L * 1024 * 1024);
    }

    @Test
    void a_pdf_whose_page_inflates_to_a_gibibyte_is_refused_in_seconds() throws Exception {
        Path pdf = pdfBomb(tmp.resolve("gib.pdf"), 1L << 30);
        assertThat(Files.size(pdf)).as("small on disk").isLessThan(6_000_000);

        long started = System.nanoTime();
        assertThatThrownBy(() -> parse(pdf)).isInstanceOf(UnreadableSourceException.class).hasMessageContaining("бомб");
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("FIGURE gib.pdf (%d B, one page of 1 GiB) refused in %.2f s%n", Files.size(pdf), seconds);
        assertThat(seconds).isLessThan(10);
    }

    @Test
    void an_image_declaring_a_gigapixel_canvas_is_refused_before_ocr() throws IOException {
        Path png = tmp.resolve("canvas.png");
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        var header = ByteBuffer.allocate(13).putInt(40_000).putInt(40_000).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        chunk(out, "IHDR", header);
        chunk(out, "IEND", new byte[0]);
        Files.write(png, out.toByteArray());

        long started = System.nanoTime();
        assertThatThrownBy(() -> parse(png)).isInstanceOf(UnreadableSourceException.class).hasMessageContaining("млн точек");
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(2);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        var crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** One page whose Flate-compressed content stream holds {@code bytes} of text operators. */
    private static Path pdfBomb(Path file, long bytes) throws IOException {
        var compressed = new ByteArrayOutputStream();
        try (var deflate = new DeflaterOutputStream(compressed, new Deflater(9))) {
            byte[] block = ("BT /F1 12 Tf 50 700 Td (" + "a".repeat(200) + ") Tj ET\n").repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < bytes; written += block.length) {
                deflate.write(block);
            }
        }
        List<byte[]> objects = Arrays.asList(
                "<< /Type /Catalog /Pages 2 0 R >>".getBytes(StandardCharsets.US_ASCII),
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".getBytes(StandardCharsets.US_ASCII),
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".getBytes(StandardCharsets.US_ASCII),
                null,
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".getBytes(StandardCharsets.US_ASCII));
        var out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            if (objects.get(i) == null) {
                out.writeBytes(("<< /Length " + compressed.size() + " /Filter /FlateDecode >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(compressed.toByteArray());
                out.writeBytes("\nendstream".getBytes(StandardCharsets.US_ASCII));
            } else {
                out.writeBytes(objects.get(i));
            }
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        int xref = out.size();
        var tail = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> tail.append(String.format("%010d 00000 n \n", o)));
        tail.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(tail.toString().getBytes(StandardCharsets.US_ASCII));
        return Files.write(file, out.toByteArray());
    }

    /** A ZIP document whose one part repeats {@code unit} until it holds 1 GiB: a few MB on disk. */
    private static Path bomb(Path file, String part, String open, String unit, String close) throws IOException {
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            zip.putNextEntry(new ZipEntry(part));
            write(zip, open);
            byte[] block = unit.repeat(64).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 1L << 30; written += block.length) {
                zip.write(block);
            }
            write(zip, close);
            zip.closeEntry();
        }
        return file;
    }

    private List<ParsedSource> parse(Path file) throws IOException {
        List<ParsedSource> out = new ArrayList<>();
        parsers.forFile(file).orElseThrow().parse(file, out::add);
        return out;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, text);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
