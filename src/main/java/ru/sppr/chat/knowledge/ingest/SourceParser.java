package ru.sppr.chat.knowledge.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads one kind of file into sources and their blocks. */
interface SourceParser {
    /** Emits each source found in the file; throws {@link UnreadableSourceException} with a reason for bad input. */
    void parse(Path file, Consumer<ParsedSource> out) throws IOException;
}
