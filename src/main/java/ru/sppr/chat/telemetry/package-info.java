/** Metrics of the running service (Micrometer, Prometheus text) and their periodic snapshots in the database. */
package ru.sppr.chat.telemetry;
