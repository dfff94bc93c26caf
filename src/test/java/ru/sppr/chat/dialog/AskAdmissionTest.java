package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.failure.OverloadedException;
import ru.sppr.chat.failure.RetryLaterException;

class AskAdmissionTest {
    @Test
    void should_work_on_no_more_asks_at_once_than_allowed_and_start_the_others_in_order_of_arrival() throws Exception {
        var admission = new AskAdmission(2, Duration.ofSeconds(30));
        var releases = IntStream.range(0, 6).mapToObj(i -> new CountDownLatch(1)).toList();
        var started = new CopyOnWriteArrayList<Integer>();
        var peak = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(6)) {
            var asks = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                asks.add(pool.submit(() -> admission.admit(() -> {
                    started.add(n);
                    peak.accumulateAndGet(admission.running(), Math::max);
                    await(releases.get(n));
                    return n;
                })));
                waitUntil(() -> n < 2 ? started.size() == n + 1 : admission.waiting() == n - 1);
            }
            assertThat(started).containsExactly(0, 1);

            // each finished ask lets exactly one waiting ask in: the one that came first
            for (int i = 0; i < 6; i++) {
                releases.get(i).countDown();
                assertThat(asks.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
                int admitted = Math.min(6, i + 3);
                waitUntil(() -> started.size() == admitted);
                assertThat(started).hasSize(admitted).endsWith(admitted - 1);
            }
        }
        assertThat(peak.get()).isEqualTo(2);
        assertThat(started).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(admission.running()).isZero();
    }

    @Test
    void should_refuse_an_ask_that_cannot_start_in_time_without_running_it() throws Exception {
        var admission = new AskAdmission(1, Duration.ofSeconds(1));
        var release = new CountDownLatch(1);
        var ran = new AtomicBoolean();
        try (var pool = Executors.newSingleThreadExecutor()) {
            var occupant = pool.submit(() -> admission.admit(() -> await(release)));
            waitUntil(() -> admission.running() == 1);

            assertThatThrownBy(() -> admission.admit(() -> ran.getAndSet(true)))
                    .isInstanceOf(OverloadedException.class)
                    .hasMessageContaining("перегружен")
                    .satisfies(e -> assertThat(((RetryLaterException) e).retryAfterSeconds()).isPositive());
            release.countDown();
            occupant.get();
        }
        assertThat(ran).isFalse();
        assertThat(admission.admit(() -> "следующий")).isEqualTo("следующий");
    }

    @Test
    void should_free_its_place_when_an_ask_fails() {
        var admission = new AskAdmission(1, Duration.ofSeconds(1));

        assertThatThrownBy(() -> admission.admit(() -> { throw new IllegalStateException("сбой"); }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(admission.running()).isZero();
        assertThat(admission.admit(() -> List.of(1))).containsExactly(1);
    }

    @Test
    void should_let_the_next_ask_in_once_the_first_is_done_thinking_and_give_its_place_back_only_once() throws Exception {
        var admission = new AskAdmission(1, Duration.ofMillis(300));
        var recording = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var first = pool.submit(() -> admission.admitReleasing(done -> {
                done.run();
                done.run();
                return await(recording);
            }));
            waitUntil(() -> admission.running() == 0);

            assertThat(admission.admit(() -> "второй, пока первый записывает")).isEqualTo("второй, пока первый записывает");
            recording.countDown();
            assertThat(first.get()).isTrue();
        }
        assertThat(admission.running()).isZero();
        var occupant = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var held = pool.submit(() -> admission.admit(() -> await(occupant)));
            waitUntil(() -> admission.running() == 1);

            assertThatThrownBy(() -> admission.admit(() -> "третий")).isInstanceOf(OverloadedException.class);
            occupant.countDown();
            held.get();
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 10 s");
            }
            Thread.sleep(5);
        }
    }
}
