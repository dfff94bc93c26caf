package ru.sppr.chat.knowledge.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.sppr.chat.knowledge.analysis.Sentences;

/**
 * Turns blocks into fragments that follow the structure: paragraphs of one section are packed into chunks of
 * {@value #MIN_WORDS}–{@value #MAX_WORDS} words, the last sentence of a chunk repeated at the start of the next
 * (overlap); a sentence is cut only when it alone is longer than a fragment may be ({@value #MAX_WORDS} words or
 * {@value #MAX_CHARS} characters: a long unbroken passage, a CSV cell, a JSONL text field). Rows, events and records
 * stay fragments of their own, split into consecutive parts the same way when they are that long. A fragment keeps the
 * lines of its source: sentences of different paragraphs, or of different lines of one, are joined by a line break,
 * sentences of one line by a space (the situation model reads no phrase across a line).
 */
final class Chunker {
    static final int MIN_WORDS = 150;
    static final int MAX_WORDS = 400;
    static final int MAX_OVERLAP_WORDS = 40;
    /** A fragment's text never exceeds this (the database holds up to 100 000 characters a fragment). */
    static final int MAX_CHARS = 8_000;

    private Chunker() {
    }

    /** A fragment before it knows its source id and ordinal. */
    record Chunk(String text, String location, String heading, Instant observedAt) {}

    static List<Chunk> chunk(List<Block> blocks) {
        List<Chunk> chunks = new ArrayList<>();
        Section section = null;
        for (Block block : blocks) {
            if (block.text() == null || block.text().isBlank()) {
                continue;
            }
            if (block.standalone()) {
                if (section != null) {
                    section.flush(chunks, true);
                    section = null;
                }
                splitLong(block, chunks);
                continue;
            }
            if (section == null || !Objects.equals(section.heading, block.heading())) {
                if (section != null) {
                    section.flush(chunks, true);
                }
                section = new Section(block.heading());
            }
            section.add(block, chunks);
        }
        if (section != null) {
            section.flush(chunks, true);
        }
        return chunks;
    }

    private static void splitLong(Block block, List<Chunk> chunks) {
        if (block.text().length() <= MAX_CHARS && Sentences.words(block.text()) <= MAX_WORDS) {
            chunks.add(new Chunk(block.text().strip(), block.location(), block.heading(), block.observedAt()));
            return;
        }
        Section part = new Section(block.heading());
        part.add(block, chunks);
        part.flush(chunks, true);
    }

    /** Sentences of one section waiting to be packed. */
    private static final class Section {
        final String heading;
        final List<String> sentences = new ArrayList<>();
        /** Whether a line of the source ends before each sentence. */
        final List<Boolean> newLine = new ArrayList<>();
        final List<String> locations = new ArrayList<>();
        Instant observedAt;
        int words;
        int chars;

        Section(String heading) {
            this.heading = heading;
        }

        void add(Block block, List<Chunk> out) {
            if (observedAt == null) {
                observedAt = block.observedAt();
            }
            String text = block.text();
            int end = -1;
            for (String sentence : Sentences.split(text).stream().flatMap(s -> Pieces.cut(s, MAX_WORDS, MAX_CHARS).stream()).toList()) {
                int start = text.indexOf(sentence, Math.max(0, end));
                boolean lineBefore = end < 0 || start < 0 || text.substring(end, start).indexOf('\n') >= 0;
                end = start < 0 ? end : start + sentence.length();
                int w = Sentences.words(sentence);
                if ((words + w > MAX_WORDS || chars + sentence.length() + 1 > MAX_CHARS) && !sentences.isEmpty()) {
                    flush(out, false);
                }
                if (!locations.contains(block.location()) && block.location() != null) {
                    locations.add(block.location());
                }
                sentences.add(sentence);
                newLine.add(lineBefore);
                words += w;
                chars += sentence.length() + 1;
            }
        }

        void flush(List<Chunk> out, boolean end) {
            if (sentences.isEmpty()) {
                return;
            }
            String location = locations.isEmpty() ? null
                    : locations.size() == 1 ? locations.getFirst() : locations.getFirst() + " – " + locations.getLast();
            var text = new StringBuilder(sentences.getFirst());
            for (int i = 1; i < sentences.size(); i++) {
                text.append(newLine.get(i) ? '\n' : ' ').append(sentences.get(i));
            }
            out.add(new Chunk(text.toString(), location, heading, observedAt));
            String last = sentences.getLast();
            String lastLocation = locations.isEmpty() ? null : locations.getLast();
            sentences.clear();
            newLine.clear();
            locations.clear();
            words = 0;
            chars = 0;
            int lastWords = Sentences.words(last);
            if (!end && lastWords <= MAX_OVERLAP_WORDS && last.length() <= MAX_CHARS / 4) {
                sentences.add(last);
                newLine.add(true);
                words = lastWords;
                chars = last.length() + 1;
                if (lastLocation != null) {
                    locations.add(lastLocation);
                }
            }
        }
    }
}
