package ru.sppr.chat.dialog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.Cited;
import ru.sppr.chat.answer.Language;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.intent.IntentPrediction;
import ru.sppr.chat.session.AnswerDraft;
import ru.sppr.chat.session.AnswerLink;
import ru.sppr.chat.session.Citation;
import ru.sppr.chat.suggestion.AnswerState;
import ru.sppr.chat.suggestion.Suggestion;

/** Turns a composed answer into what is stored and into the state suggestions are chosen from. */
final class Drafts {
    private Drafts() {
    }

    static AnswerDraft of(Answer answer, double probability, IntentPrediction intent, List<Suggestion> suggestions,
                          Instant suggestionsExpire, double unsureBelow, Language language, List<AnswerLink> links) {
        String text = answer.text();
        List<Citation> citations = List.of();
        if (answer instanceof Answer.Grounded g) {
            citations = g.citations().stream().map(Drafts::citation).toList();
            if (probability < unsureBelow) {
                text = unsureNote(language) + text;
            }
        }
        return new AnswerDraft(text, probability, intent.intent(), intent.confidence(), intent.fellBack(),
                citations, suggestions, suggestionsExpire, links);
    }

    /** What an answer below the confidence threshold starts with. */
    static String unsureNote(Language language) {
        return language == Language.RU
                ? "Не уверен — проверьте источники. "
                : "Not sure — check the sources. ";
    }

    static AnswerState state(Answer answer, double probability, IntentPrediction intent, Instant now,
                             DialogSettings settings, Language language) {
        boolean russian = language == Language.RU;
        return switch (answer) {
            case Answer.Grounded g -> {
                Instant newest = g.citations().stream().map(c -> c.hit().observedAt()).filter(Objects::nonNull)
                        .max(Instant::compareTo).orElse(null);
                long sources = g.citations().stream().map(c -> c.hit().sourceId()).distinct().count();
                boolean stale = intent.intent() == Intent.STATUS_CHECK && newest != null
                        && newest.isBefore(now.minus(settings.freshness()));
                yield new AnswerState.Grounded(russian, intent.intent(), probability, probability < settings.unsureBelow(),
                        (int) sources, newest != null, stale, g.evidence().conflict());
            }
            case Answer.NoEvidence n -> new AnswerState.NoEvidence(russian, intent.intent());
            case Answer.Conversational c -> new AnswerState.Conversational(russian, intent.intent());
        };
    }

    private static Citation citation(Cited c) {
        var hit = c.hit();
        return new Citation(c.ordinal(), hit.sourceId(), hit.title(), hit.type().code(), hit.location(), hit.observedAt(),
                hit.snippet(), Math.round(hit.score() * 1000) / 1000.0);
    }
}
