package ru.sppr.chat.llm;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ru.sppr.chat.knowledge.index.Embedder;

/** Embeddings through LangChain4j: an ONNX model file the operator provides, or an OpenAI-compatible endpoint. */
public final class LangChainEmbedder implements Embedder {
    private static final int BATCH = 64;
    private final EmbeddingModel model;
    private final String name;

    private LangChainEmbedder(EmbeddingModel model, String name) {
        this.model = model;
        this.name = name;
    }

    /** A local ONNX sentence-embedding model with its HuggingFace tokenizer ({@code tokenizer.json}), mean pooling. */
    public static LangChainEmbedder onnx(Path modelFile, Path tokenizerFile) {
        for (Path file : List.of(modelFile, tokenizerFile)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("нет файла модели эмбеддингов: " + file);
            }
        }
        return new LangChainEmbedder(new OnnxEmbeddingModel(modelFile, tokenizerFile, PoolingMode.MEAN),
                "onnx:" + modelFile.getFileName());
    }

    /** An OpenAI-compatible {@code /embeddings} endpoint (OpenAI, vLLM, Ollama, llama.cpp server, …). */
    public static LangChainEmbedder openAiCompatible(String baseUrl, String modelName, String apiKey, Duration timeout) {
        var model = OpenAiEmbeddingModel.builder().baseUrl(baseUrl).modelName(modelName).apiKey(apiKey)
                .timeout(timeout).maxRetries(1).build();
        return new LangChainEmbedder(model, "openai:" + modelName);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(TextSegment::from).toList();
            model.embedAll(batch).content().forEach(e -> vectors.add(e.vector()));
        }
        return vectors;
    }
}
