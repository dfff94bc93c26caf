package ru.sppr.chat.knowledge.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Chooses the parser for a file by its extension. */
final class Parsers {
    private final Map<String, SourceParser> byExtension;

    Parsers(String tesseract, DateFinder dates) {
        var text = new TextParser(dates);
        var json = new JsonLinesParser(dates);
        var tika = new TikaParser(dates);
        var table = new TableParser(dates);
        var image = new ImageParser(tesseract, dates);
        this.byExtension = Map.ofEntries(
                Map.entry("txt", text), Map.entry("text", text), Map.entry("md", text), Map.entry("markdown", text),
                Map.entry("jsonl", json), Map.entry("ndjson", json), Map.entry("json", json),
                Map.entry("csv", table), Map.entry("tsv", table), Map.entry("xlsx", table), Map.entry("xls", table),
                Map.entry("pdf", tika), Map.entry("docx", tika), Map.entry("doc", tika), Map.entry("odt", tika),
                Map.entry("ods", tika), Map.entry("rtf", tika), Map.entry("html", tika), Map.entry("htm", tika),
                Map.entry("pptx", tika), Map.entry("odp", tika), Map.entry("epub", tika), Map.entry("xml", tika),
                Map.entry("png", image), Map.entry("jpg", image), Map.entry("jpeg", image), Map.entry("tif", image),
                Map.entry("tiff", image), Map.entry("bmp", image), Map.entry("gif", image), Map.entry("webp", image));
    }

    Optional<SourceParser> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(byExtension.get(name.substring(dot + 1)));
    }
}
