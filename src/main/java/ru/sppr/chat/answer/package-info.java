/**
 * Composing the assistant's reply: grounded sentences with citation marks shaped by the intent, an honest
 * "no data" reply, conflicting figures, and a calibrated confidence. Pure with respect to storage and transport.
 */
package ru.sppr.chat.answer;
