package ru.sppr.chat.storage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.session.AnswerDraft;
import ru.sppr.chat.session.Citation;
import ru.sppr.chat.session.TurnRole;
import ru.sppr.chat.user.Caller;

/**
 * Stores a question and its answer atomically: advances the session's turn counter (only while the session is active
 * and below its limit), inserts both turns and the audit records of the exchange. How many round trips that takes is
 * the database's business: {@link TransactionalExchangeWriter} everywhere (on the embedded database, exchanges that
 * arrive together share its transaction: {@link GroupCommitExchangeWriter}), {@link PostgresExchangeWriter} in one.
 */
interface ExchangeWriter {
    /** The stored turns; empty, with nothing written, when the session is unknown, not active or full. */
    Optional<Stored> write(NewExchange exchange);

    /** Ids of the two new turns and the position of the answer (the question is just before it). */
    record Stored(long questionId, long answerId, int answerPosition) {
        int questionPosition() {
            return answerPosition - 1;
        }
    }

    /** What an exchange writes, in the form of its columns and audit records. */
    record NewExchange(long sessionId, String question, AnswerDraft answer, int maxQuestions, Instant now, Caller actor) {
        int maxTurns() {
            return 2 * maxQuestions;
        }

        Double intentConfidence() {
            return answer.intentConfidence();
        }

        String citations() {
            return AnswerColumns.writeCitations(answer.citations());
        }

        String links() {
            return AnswerColumns.writeLinks(answer.links());
        }

        String suggestions() {
            return AnswerColumns.writeSuggestions(answer.suggestions());
        }

        OffsetDateTime suggestionsExpire() {
            return answer.suggestions().isEmpty() ? null : Times.bind(answer.suggestionsExpire());
        }

        /** The exchange's audit records in order: the question asked, the sources shown (if any), the answer given. */
        List<TurnEvent> events() {
            var events = new ArrayList<TurnEvent>(3);
            events.add(new TurnEvent(AuditEventType.QUESTION_ASKED, TurnRole.USER,
                    Map.of("length", Integer.toString(question.length()))));
            if (!answer.citations().isEmpty()) {
                events.add(new TurnEvent(AuditEventType.SOURCES_SHOWN, TurnRole.ASSISTANT, Map.of("sources",
                        answer.citations().stream().map(Citation::sourceId).collect(Collectors.joining(",")))));
            }
            events.add(new TurnEvent(AuditEventType.ANSWER_GIVEN, TurnRole.ASSISTANT,
                    Map.of("confidence", Double.toString(answer.confidence()), "intent", answer.intent().code())));
            return events;
        }
    }

    /**
     * An audit record about one of the exchange's turns; its details get the turn's {@code turn_id} and
     * {@code position} once they are known.
     */
    record TurnEvent(AuditEventType type, TurnRole turn, Map<String, String> details) {
        Map<String, String> detailsFor(long turnId, int position) {
            var all = new HashMap<>(details);
            all.put("turn_id", Long.toString(turnId));
            all.put("position", Integer.toString(position));
            return all;
        }
    }
}
