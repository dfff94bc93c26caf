package ru.sppr.chat.knowledge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Binary formats must start with their signature: a file that lies about its type is refused, not guessed at.
 * ZIP-based ones must also expand within {@link ExpansionLimit}.
 */
final class FileSignature {
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = HexFormat.of().parseHex("d0cf11e0a1b11ae1");
    private static final byte[] RTF = {'{', '\\', 'r', 't', 'f'};
    private static final Map<String, byte[]> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", PDF), Map.entry("docx", ZIP), Map.entry("xlsx", ZIP), Map.entry("pptx", ZIP),
            Map.entry("odt", ZIP), Map.entry("ods", ZIP), Map.entry("odp", ZIP), Map.entry("epub", ZIP),
            Map.entry("doc", OLE), Map.entry("xls", OLE), Map.entry("rtf", RTF));

    private FileSignature() {
    }

    static void check(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] expected = BY_EXTENSION.get(name.substring(name.lastIndexOf('.') + 1));
        if (expected == null) {
            return;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(expected.length);
        }
        if (!Arrays.equals(head, expected)) {
            throw new UnreadableSourceException(file.getFileName() + ": содержимое не соответствует расширению файла");
        }
        if (expected == ZIP) {
            ExpansionLimit.check(file);
        } else if (expected == PDF) {
            PdfExpansionLimit.check(file);
        }
    }
}
