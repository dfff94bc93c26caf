/** Health of the conversation data: stale sessions (closed here), unanswered questions, feedback, audit chain, search index. */
package ru.sppr.chat.watchdog;
