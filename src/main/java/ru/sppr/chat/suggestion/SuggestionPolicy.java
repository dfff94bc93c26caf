package ru.sppr.chat.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chooses up to {@code limit} next actions from the answer's state, most useful first, skipping kinds shown
 * recently: low confidence → rephrase / show sources; dated evidence → timeline; several sources → report;
 * stale status → request an update; disagreement → compare sources; no data → rephrase, list what is known.
 */
public final class SuggestionPolicy {
    private SuggestionPolicy() {
    }

    public static List<Suggestion> choose(AnswerState s, Set<String> recentKinds, int limit) {
        List<Suggestion> all = new ArrayList<>();
        boolean ru = s.russian();
        boolean conversational = !s.grounded() && s.confidence() >= 1;
        if (conversational) {
            all.add(new Suggestion("list_sources", ru ? "Какие документы есть в базе знаний?" : "Which documents are in the knowledge base?"));
        } else if (!s.grounded()) {
            all.add(new Suggestion("rephrase", ru ? "Переформулировать вопрос: назвать объект, место и время" : "Rephrase: name the object, place and time"));
            all.add(new Suggestion("list_sources", ru ? "Какие документы есть в базе знаний?" : "Which documents are in the knowledge base?"));
        }
        if (s.stale()) {
            all.add(new Suggestion("request_update", ru ? "Запросить обновление обстановки у дежурных служб" : "Request a status update from the duty services"));
        }
        if (s.conflict()) {
            all.add(new Suggestion("compare_sources", ru ? "Покажи источники, которые расходятся" : "Show the sources that disagree"));
        }
        if (s.grounded() && s.unsure()) {
            all.add(new Suggestion("show_sources", ru ? "Покажи источники ответа" : "Show the sources of the answer"));
            all.add(new Suggestion("rephrase", ru ? "Уточнить вопрос" : "Refine the question"));
        }
        if (s.grounded() && s.dated() && !"timeline".equals(s.intent())) {
            all.add(new Suggestion("timeline", ru ? "Хронология событий по теме" : "Timeline of events on the topic"));
        }
        if (s.grounded() && s.sources() >= 2 && !"report".equals(s.intent())) {
            all.add(new Suggestion("report", ru ? "Подготовь сводку по теме" : "Prepare a summary of the topic"));
        }
        if (s.grounded() && !s.unsure() && !"justify_answer".equals(s.intent())) {
            all.add(new Suggestion("justify", ru ? "Почему ты так считаешь?" : "Why do you think so?"));
        }
        List<Suggestion> chosen = new ArrayList<>();
        for (Suggestion suggestion : all) {
            if (chosen.size() == limit) {
                break;
            }
            if (!recentKinds.contains(suggestion.kind()) && chosen.stream().noneMatch(c -> c.kind().equals(suggestion.kind()))) {
                chosen.add(suggestion);
            }
        }
        return chosen;
    }
}
