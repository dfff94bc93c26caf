/** The optional language-model back-end: an OpenAI-compatible chat API (Ollama, vLLM, llama.cpp server, cloud). */
package ru.sppr.chat.llm;
