/** Composing the assistant's reply to a question; pure with respect to storage. */
package ru.sppr.chat.answer;
