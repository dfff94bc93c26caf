/** Configuration, the one place that wires the object graph, background jobs and the entry point. */
package ru.sppr.chat.app;
