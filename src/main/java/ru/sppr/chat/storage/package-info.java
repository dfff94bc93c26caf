/**
 * The database, source of truth: connection pool, Flyway migrations, and the JDBI implementations of the
 * feature ports. Every audited change writes its audit record in the same transaction. No feature imports this.
 */
package ru.sppr.chat.storage;
