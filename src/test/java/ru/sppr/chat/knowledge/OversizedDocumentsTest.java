package ru.sppr.chat.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    private final Parsers parsers = new Parsers("tesseract", new DateFinder(java.time.ZoneId.of("Europe/Moscow")));

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
