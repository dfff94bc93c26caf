package ru.sppr.chat.knowledge.ingest;

import java.nio.file.Path;
import java.util.List;

/** The outcome of an ingest run: per file, and the totals. */
public record IngestReport(List<FileResult> files, int added, int updated, int unchanged, int failed, long fragments,
                           long bytes, double seconds, boolean indexed) {
    public IngestReport {
        files = List.copyOf(files);
    }

    /** A file refused before reading it, with the reason. */
    public static IngestReport refused(String file, String reason) {
        return new IngestReport(List.of(FileResult.failed(file, reason)), 0, 0, 0, 1, 0, 0, 0, false);
    }

    /** One file: its sources' ids and outcome counts, or the reason it failed. */
    public record FileResult(String file, List<String> sourceIds, int added, int updated, int unchanged, int fragments,
                             String error) {
        public FileResult {
            sourceIds = List.copyOf(sourceIds);
        }

        static FileResult failed(String file, String reason) {
            return new FileResult(file, List.of(), 0, 0, 0, 0, reason);
        }

        public boolean ok() {
            return error == null;
        }

        /**
         * «папка/b.pdf: содержимое не соответствует расширению файла» — the file and why it failed, its name said once
         * (a reason usually opens with the file's name).
         */
        public String failure() {
            Path name = Path.of(file).getFileName();
            return name != null && error.startsWith(name.toString()) ? file + error.substring(name.toString().length())
                    : file + ": " + error;
        }
    }
}
