package ru.sppr.chat.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import ru.sppr.chat.answer.LanguageModel;

/** A chat model behind any OpenAI-compatible endpoint, through LangChain4j's OpenAI module; no retries. */
public final class OpenAiCompatibleModel implements LanguageModel {
    private final ChatModel model;

    public OpenAiCompatibleModel(String baseUrl, String modelName, String apiKey, Duration timeout) {
        this.model = OpenAiChatModel.builder().baseUrl(baseUrl).modelName(modelName).apiKey(apiKey)
                .timeout(timeout).maxRetries(0).temperature(0.0).build();
    }

    @Override
    public String complete(String system, String user) {
        return model.chat(SystemMessage.from(system), UserMessage.from(user)).aiMessage().text();
    }
}
