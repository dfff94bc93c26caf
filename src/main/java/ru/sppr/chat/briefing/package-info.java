/**
 * Answers from the situation model: what a question is about (entities, attribute, moment), carried across
 * follow-ups; figures and states as of a moment with what was reported before and where sources disagree; timelines
 * of an object or incident; summaries of an incident; and a plain "not in the base" when the thing or moment asked
 * about is not there.
 */
package ru.sppr.chat.briefing;
