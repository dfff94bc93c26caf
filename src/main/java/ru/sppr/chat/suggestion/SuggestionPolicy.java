package ru.sppr.chat.suggestion;

import static ru.sppr.chat.suggestion.SuggestionKind.COMPARE_SOURCES;
import static ru.sppr.chat.suggestion.SuggestionKind.JUSTIFY;
import static ru.sppr.chat.suggestion.SuggestionKind.LIST_SOURCES;
import static ru.sppr.chat.suggestion.SuggestionKind.REPHRASE;
import static ru.sppr.chat.suggestion.SuggestionKind.REPORT;
import static ru.sppr.chat.suggestion.SuggestionKind.REQUEST_UPDATE;
import static ru.sppr.chat.suggestion.SuggestionKind.SHOW_SOURCES;
import static ru.sppr.chat.suggestion.SuggestionKind.TIMELINE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ru.sppr.chat.intent.Intent;

/**
 * Chooses up to {@code limit} next actions from the answer's state, most useful first, skipping kinds shown
 * recently: low confidence → rephrase / show sources; dated evidence → timeline; several sources → report;
 * stale status → request an update; disagreement → compare sources; no data → rephrase, list what is known.
 */
public final class SuggestionPolicy {
    private SuggestionPolicy() {
    }

    public static List<Suggestion> choose(AnswerState state, Set<SuggestionKind> recentKinds, int limit) {
        List<Suggestion> all = new ArrayList<>();
        boolean ru = state.russian();
        switch (state) {
            case AnswerState.Conversational c ->
                    all.add(new Suggestion(LIST_SOURCES, ru ? "Какие документы есть в базе знаний?" : "Which documents are in the knowledge base?"));
            case AnswerState.NoEvidence n -> {
                all.add(new Suggestion(REPHRASE, ru ? "Переформулировать вопрос: назвать объект, место и время" : "Rephrase: name the object, place and time"));
                all.add(new Suggestion(LIST_SOURCES, ru ? "Какие документы есть в базе знаний?" : "Which documents are in the knowledge base?"));
            }
            case AnswerState.Grounded s -> {
                if (s.stale()) {
                    all.add(new Suggestion(REQUEST_UPDATE, ru ? "Запросить обновление обстановки у дежурных служб" : "Request a status update from the duty services"));
                }
                if (s.conflict()) {
                    all.add(new Suggestion(COMPARE_SOURCES, ru ? "Покажи источники, которые расходятся" : "Show the sources that disagree"));
                }
                if (s.unsure()) {
                    all.add(new Suggestion(SHOW_SOURCES, ru ? "Покажи источники ответа" : "Show the sources of the answer"));
                    all.add(new Suggestion(REPHRASE, ru ? "Уточнить вопрос" : "Refine the question"));
                }
                if (s.dated() && s.intent() != Intent.TIMELINE) {
                    all.add(new Suggestion(TIMELINE, ru ? "Хронология событий по теме" : "Timeline of events on the topic"));
                }
                if (s.sources() >= 2 && s.intent() != Intent.REPORT) {
                    all.add(new Suggestion(REPORT, ru ? "Подготовь сводку по теме" : "Prepare a summary of the topic"));
                }
                if (!s.unsure() && s.intent() != Intent.JUSTIFY_ANSWER) {
                    all.add(new Suggestion(JUSTIFY, ru ? "Почему ты так считаешь?" : "Why do you think so?"));
                }
            }
        }
        List<Suggestion> chosen = new ArrayList<>();
        for (Suggestion suggestion : all) {
            if (chosen.size() == limit) {
                break;
            }
            if (!recentKinds.contains(suggestion.kind()) && chosen.stream().noneMatch(c -> c.kind() == suggestion.kind())) {
                chosen.add(suggestion);
            }
        }
        return chosen;
    }
}
