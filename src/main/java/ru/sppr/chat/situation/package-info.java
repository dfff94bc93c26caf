/**
 * The situation model: what the sources speak of — places, objects, organisations and people in all their Russian
 * forms, event types and times — grouped into incidents, with dated observations (figures and states) and the
 * conflicts between them; derived from the knowledge base at ingest, kept in the database, read within clearance.
 */
package ru.sppr.chat.situation;
