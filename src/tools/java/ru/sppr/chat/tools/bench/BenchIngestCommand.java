package ru.sppr.chat.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.sppr.chat.cli.ChatBackend;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.knowledge.ingest.IngestReport;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.tools.Figures;
import ru.sppr.chat.tools.TempHome;
import ru.sppr.chat.tools.eval.RetrievalMetrics;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;

/**
 * {@code bench ingest}: ingests corpora of growing size into fresh embedded homes and prints, per size, ingest
 * MB/s and fragments/s (an ingest reports once its sources are stored and searchable), what the situation model costs
 * (how long it takes to follow the ingest after that, the end-to-end rate with it, and a rebuild of it from the ingested
 * sources), index size, query latency (once the model has followed) and heap, so
 * the cost curve is visible. Sizes beyond the given
 * corpus are generated from it by rotating each passage's sentences (new text, same vocabulary).
 */
@Command(name = "ingest", description = "Замер загрузки и поиска на корпусах растущего размера")
final class BenchIngestCommand implements Callable<Integer> {
    private static final int FILE_RECORDS = 50_000;

    @Option(names = "--corpus", required = true, description = "JSONL {id,title,text}, например ru-distractors/corpus.jsonl") Path corpus;
    @Option(names = "--sizes", split = ",", defaultValue = "10000,50000,200000", description = "Размеры корпуса через запятую, документов (по умолчанию ${DEFAULT-VALUE})") List<Integer> sizes;
    @Option(names = "--queries", defaultValue = "300", description = "Сколько запросов для замера задержки") int queries;
    @Option(names = "--out", description = "Куда записать JSON (по умолчанию bench-results/ingest-<время>.json)") Path out;

    private final ChatBackend.Factory factory;

    BenchIngestCommand(ChatBackend.Factory factory) {
        this.factory = factory;
    }

    @Override
    public Integer call() throws Exception {
        List<ObjectNode> passages = read(corpus);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int size : sizes) {
            rows.add(measure(passages, size));
            System.err.println(Figures.JSON.writeValueAsString(rows.getLast()));
        }
        var result = Map.of("corpus", corpus.toString(), "runs", rows);
        Figures.print(result, Figures.benchFile(out, "ingest"));
        return 0;
    }

    private Map<String, Object> measure(List<ObjectNode> passages, int size) throws IOException {
        try (TempHome home = TempHome.create("chat-bench-ingest")) {
            return measure(passages, size, home.path());
        }
    }

    private Map<String, Object> measure(List<ObjectNode> passages, int size, Path home) throws IOException {
        List<Path> files = generate(passages, size, Files.createDirectories(home.resolve("corpus")));
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        try (ChatBackend backend = factory.openEmbedded(home)) {
            IngestReport report = backend.knowledge().ingest(files, IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
            long followStarted = System.nanoTime();
            if (!backend.situation().awaitFollowed(Duration.ofHours(1))) {
                throw new IllegalStateException("модель обстановки не догнала базу знаний за час");
            }
            double followSeconds = (System.nanoTime() - followStarted) / 1e9;
            long rebuildStarted = System.nanoTime();
            backend.situation().rebuild();
            double rebuildSeconds = (System.nanoTime() - rebuildStarted) / 1e9;
            double[] latencies = queryLatencies(backend, passages);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            var row = new LinkedHashMap<String, Object>();
            row.put("records", size);
            row.put("fragments", report.fragments());
            row.put("megabytes", round(bytes / 1048576.0));
            row.put("ingest_seconds", round(report.seconds()));
            row.put("ingest_mb_per_s", round(bytes / 1048576.0 / report.seconds()));
            row.put("fragments_per_s", Math.round(report.fragments() / report.seconds()));
            row.put("situation_follow_seconds", round(followSeconds));
            row.put("with_situation_mb_per_s", round(bytes / 1048576.0 / (report.seconds() + followSeconds)));
            row.put("situation_rebuild_seconds", round(rebuildSeconds));
            row.put("situation_mb_per_s", round(bytes / 1048576.0 / rebuildSeconds));
            row.put("index_mb", round(backend.knowledge().indexSizeBytes() / 1048576.0));
            row.put("query_p50_ms", round(RetrievalMetrics.percentile(latencies, 0.50)));
            row.put("query_p99_ms", round(RetrievalMetrics.percentile(latencies, 0.99)));
            row.put("heap_used_mb", round(heap / 1048576.0));
            row.put("failed_files", report.failed());
            return row;
        }
    }

    private double[] queryLatencies(ChatBackend backend, List<ObjectNode> passages) {
        var random = new Random(42);
        Instant now = Instant.now();
        for (int warm = 0; warm < 100; warm++) {
            backend.knowledge().search(SearchRequest.simple(question(passages, random), 10, Clearance.SECRET, now));
        }
        double[] latencies = new double[queries];
        for (int i = 0; i < queries; i++) {
            String q = question(passages, random);
            long t0 = System.nanoTime();
            backend.knowledge().search(SearchRequest.simple(q, 10, Clearance.SECRET, now));
            latencies[i] = (System.nanoTime() - t0) / 1e6;
        }
        return latencies;
    }

    /** A query made of a passage's first sentence, as an operator might paste it. */
    private static String question(List<ObjectNode> passages, Random random) {
        String text = passages.get(random.nextInt(passages.size())).get("text").asText();
        String first = Sentences.split(text).getFirst();
        return first.length() > 200 ? first.substring(0, 200) : first;
    }

    private static List<Path> generate(List<ObjectNode> passages, int size, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        BufferedWriter writer = null;
        try {
            for (int i = 0; i < size; i++) {
                if (i % FILE_RECORDS == 0) {
                    if (writer != null) {
                        writer.close();
                    }
                    Path file = dir.resolve("part-" + files.size() + ".jsonl");
                    files.add(file);
                    writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                }
                ObjectNode source = passages.get(i % passages.size());
                int round = i / passages.size();
                ObjectNode record = source.deepCopy();
                record.put("id", source.get("id").asText() + (round == 0 ? "" : "-r" + round));
                if (round > 0) {
                    record.put("text", rotate(source.get("text").asText(), round));
                }
                writer.write(Figures.JSON.writer().without(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(record));
                writer.newLine();
            }
        } finally {
            if (writer != null) {
                writer.close();
            }
        }
        return files;
    }

    private static String rotate(String text, int by) {
        List<String> sentences = new ArrayList<>(Sentences.split(text));
        if (sentences.size() > 1) {
            Collections.rotate(sentences, by % sentences.size());
        }
        return String.join(" ", sentences);
    }

    private static List<ObjectNode> read(Path file) throws IOException {
        List<ObjectNode> passages = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    JsonNode node = Figures.JSON.readTree(line);
                    if (node.isObject() && node.hasNonNull("id") && node.hasNonNull("text")) {
                        passages.add((ObjectNode) node);
                    }
                }
            }
        }
        return passages;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
