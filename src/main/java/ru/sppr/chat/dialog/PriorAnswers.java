package ru.sppr.chat.dialog;

import java.util.List;
import java.util.Optional;
import ru.sppr.chat.answer.Prior;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.session.TurnRole;

/** The session's last sourced answer, for "why?" questions. */
final class PriorAnswers {
    private PriorAnswers() {
    }

    static Optional<Prior> last(List<Turn> recent) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            Turn turn = recent.get(i);
            if (turn.role() == TurnRole.ASSISTANT && !turn.citations().isEmpty()) {
                String question = i > 0 ? recent.get(i - 1).content() : "";
                return Optional.of(new Prior(question, turn.content(), turn.citations().stream()
                        .map(c -> new Prior.Source(c.ordinal(), c.sourceId(), c.title(), c.location(), c.snippet()))
                        .toList()));
            }
        }
        return Optional.empty();
    }
}
