/** Conversation sessions and their turns: ownership, status, the turn limit, history with paging. */
package ru.sppr.chat.session;
