package ru.sppr.chat.feedback;

/** What feedback needs to know about a turn: whose session it is in and whether the assistant spoke it. */
public record RatedTurn(long turnId, long sessionId, long ownerId, boolean byAssistant) {}
