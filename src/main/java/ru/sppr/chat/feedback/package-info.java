/** Scores and comments on answers, one per user and turn, and their statistics. */
package ru.sppr.chat.feedback;
