package ru.sppr.chat.telemetry;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** JVM memory pools and the process's resident set size ({@code process_resident_memory_bytes}, Linux only). */
final class ProcessMemory {
    private static final Path STATM = Path.of("/proc/self/statm");
    private static final long PAGE_BYTES = 4096;

    private ProcessMemory() {
    }

    static void bindTo(MeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        if (Files.isReadable(STATM)) {
            Gauge.builder("process.resident.memory", ProcessMemory::residentBytes).baseUnit("bytes")
                    .description("Resident set size of the server process").register(registry);
        }
    }

    private static double residentBytes() {
        try {
            String[] fields = Files.readString(STATM).trim().split("\\s+");
            return Long.parseLong(fields[1]) * PAGE_BYTES;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
