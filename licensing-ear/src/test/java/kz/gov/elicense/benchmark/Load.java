package kz.gov.elicense.benchmark;

import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * The load generator: a small pool of threads sending with {@link HttpClient} and recording latencies in
 * HdrHistogram (microseconds). Closed loop: each thread sends its next request when the last one answered, so
 * the figure is the maximum throughput. Open loop: requests are due at a fixed rate and each latency counts from
 * the moment its request was due, not from when a busy thread got round to sending it, so a stalled server shows in
 * the percentiles instead of slowing the generator down (coordinated omission corrected). Requests due but not yet
 * sent two seconds after the end are counted as unsent, not measured.
 */
final class Load {

    private static final long HIGHEST_MICROS = 120_000_000L;
    private static final long GRACE_NANOS = 2_000_000_000L;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Duration warmUp;
    private final Duration duration;

    Load(Duration warmUp, Duration duration) {
        this.warmUp = warmUp;
        this.duration = duration;
    }

    /** When each phase starts, so that a profile of the server (JFR) can be matched to it. */
    private void started(String scenario, String mode) {
        System.out.println("benchmark phase: " + scenario + ", " + mode + ", warm-up from " + java.time.Instant.now());
    }

    /** One scenario's measurement; {@code offeredRate} is 0 for a closed loop. */
    record Result(String scenario, double offeredRate, double throughput, Histogram latencies, long ok, long errors,
                  long unsent, String firstError) {

        double percentileMillis(double percentile) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMillis() {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getMaxValue() / 1000.0;
        }
    }

    /** Requests by sequence number; {@code null} when there are no more (a pre-signed pool ran out). */
    interface Requests extends LongFunction<HttpRequest> {
    }

    Result closed(String scenario, int threads, Requests requests, java.util.function.IntPredicate expected) throws Exception {
        started(scenario, "closed");
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Worker> workers = run(threads, () -> new Worker(expected) {
            @Override
            void loop() {
                long now;
                while ((now = System.nanoTime()) < end) {
                    HttpRequest request = requests.apply(sequence.getAndIncrement());
                    if (request == null) {
                        return;
                    }
                    send(request, now, now >= measureFrom);
                }
            }
        });
        return result(scenario, 0, workers, measureFrom);
    }

    Result open(String scenario, double rate, int threads, Requests requests, java.util.function.IntPredicate expected) throws Exception {
        started(scenario, "open " + rate + "/s");
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime() + 50_000_000L;
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        double interval = 1e9 / rate;
        List<Worker> workers = run(threads, () -> new Worker(expected) {
            @Override
            void loop() {
                while (true) {
                    long i = sequence.getAndIncrement();
                    long due = start + (long) (i * interval);
                    if (due >= end) {
                        return;
                    }
                    long now;
                    while ((now = System.nanoTime()) < due) {
                        LockSupport.parkNanos(due - now);
                    }
                    if (now > end + GRACE_NANOS) {
                        unsent++;
                        continue;
                    }
                    HttpRequest request = requests.apply(i);
                    if (request == null) {
                        return;
                    }
                    send(request, due, due >= measureFrom);
                }
            }
        });
        return result(scenario, rate, workers, measureFrom);
    }

    private Result result(String scenario, double rate, List<Worker> workers, long measureFrom) {
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        long ok = 0;
        long errors = 0;
        long unsent = 0;
        long last = measureFrom;
        String firstError = null;
        for (Worker worker : workers) {
            all.add(worker.histogram);
            ok += worker.ok;
            errors += worker.errors;
            unsent += worker.unsent;
            last = Math.max(last, worker.lastAnswer);
            if (firstError == null) {
                firstError = worker.firstError;
            }
        }
        double seconds = Math.max(1e-9, (last - measureFrom) / 1e9);
        return new Result(scenario, rate, ok / seconds, all, ok, errors, unsent, firstError);
    }

    private List<Worker> run(int threads, java.util.function.Supplier<Worker> factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Worker> workers = new ArrayList<>();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Worker worker = factory.get();
                workers.add(worker);
                running.add(pool.submit(worker::loop));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return workers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread's share: its own histogram and counters, merged at the end. */
    private abstract class Worker {
        final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
        final java.util.function.IntPredicate expected;
        long ok;
        long errors;
        long unsent;
        long lastAnswer;
        String firstError;

        Worker(java.util.function.IntPredicate expected) {
            this.expected = expected;
        }

        abstract void loop();

        /** Sends and, if {@code measured}, records the latency from {@code from} (the send, or the due moment). */
        void send(HttpRequest request, long from, boolean measured) {
            int status;
            String body = "";
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body();
            } catch (Exception e) {
                status = -1;
                body = e.toString();
            }
            long now = System.nanoTime();
            if (!measured) {
                return;
            }
            lastAnswer = now;
            if (expected.test(status)) {
                ok++;
                histogram.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (now - from) / 1000)));
            } else {
                errors++;
                if (firstError == null) {
                    firstError = status + " " + body.substring(0, Math.min(200, body.length()));
                }
            }
        }
    }
}
