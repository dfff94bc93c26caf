/** The append-only, hash-chained trail of who did and saw what; querying and verifying it. */
package ru.sppr.chat.audit;
