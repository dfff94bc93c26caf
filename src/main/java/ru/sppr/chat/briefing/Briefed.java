package ru.sppr.chat.briefing;

import java.util.Objects;
import java.util.Optional;
import ru.sppr.chat.answer.Answer;

/** An answer read from the situation model, and the incident it was read from when it was read from one. */
public record Briefed(Answer answer, Optional<IncidentUsed> incident) {
    public Briefed {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(incident, "incident");
    }

    static Briefed of(Answer answer) {
        return new Briefed(answer, Optional.empty());
    }
}
