package ru.sppr.chat.telemetry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmCompilationMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;

/**
 * What the process spends its time on: CPU time and load ({@code process_cpu_time_ns_total},
 * {@code process_cpu_usage}) and the collector's pauses and allocation ({@code jvm_gc_pause_seconds},
 * {@code jvm_gc_memory_allocated_bytes_total}) and the JIT compiler's time ({@code jvm_compilation_time_ms_total}).
 * With the answered-question counter they give the CPU and the allocation per question, which {@code bench load}
 * reports; the compiler's time tells it when the server has warmed up.
 */
final class ProcessActivity implements AutoCloseable {
    private final JvmGcMetrics gc = new JvmGcMetrics();

    ProcessActivity(MeterRegistry registry) {
        new ProcessorMetrics().bindTo(registry);
        new JvmCompilationMetrics().bindTo(registry);
        gc.bindTo(registry);
    }

    /** Stops listening to the collector's notifications. */
    @Override
    public void close() {
        gc.close();
    }
}
