package ru.sppr.chat.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A data set in the xquad-ru layout: {@code corpus.jsonl}, {@code queries.jsonl}, {@code qrels.tsv}. */
public record EvalData(Path corpus, List<Query> queries, Map<String, Set<String>> relevant) {
    /** A question with its gold answer strings. */
    public record Query(String id, String text, List<String> answers) {}

    public static EvalData load(Path dir) throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        if (!Files.isRegularFile(corpus)) {
            throw new IOException("нет " + corpus);
        }
        var mapper = new ObjectMapper();
        List<Query> queries = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(dir.resolve("queries.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                List<String> answers = new ArrayList<>();
                if (node.has("answers")) {
                    node.get("answers").forEach(a -> answers.add(a.asText()));
                }
                queries.add(new Query(node.get("id").asText(), node.get("text").asText(), answers));
            }
        }
        Map<String, Set<String>> relevant = new HashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("qrels.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split("\t");
            if (parts.length >= 3 && Integer.parseInt(parts[2].strip()) > 0) {
                relevant.computeIfAbsent(parts[0], q -> new HashSet<>()).add(parts[1]);
            }
        }
        List<Query> judged = queries.stream().filter(q -> relevant.containsKey(q.id())).toList();
        return new EvalData(corpus, judged, relevant);
    }
}
