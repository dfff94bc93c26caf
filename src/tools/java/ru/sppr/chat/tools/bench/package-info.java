/** {@code chat-sppr bench}: performance measurements that print figures and write them to a file; not timed tests. */
package ru.sppr.chat.tools.bench;
