/** One conversation turn end to end: check the session, answer, record question and answer together. */
package ru.sppr.chat.dialog;
