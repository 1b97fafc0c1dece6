package kz.gov.elicense.it;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A load of signed submissions against a server that is killed with {@code kill -9} at random moments and started
 * again, as often as asked. Each client sends its submission under an idempotency key and, when it gets no answer
 * (the connection dropped, the server is down or starting), sends the same request again under the same key until it
 * is answered; then the officers' client takes the application on to its registry checks (executor, completeness),
 * each action retried the same way and skipped when the application shows it done. At the end every application is
 * looked up in the server and counted: accepted (answered to the client), stored (in the database, matched to the
 * client's submission by its documents' hashes), processed (at the report step with every registry question asked and
 * answered exactly once); lost and duplicated are what should be none.
 * <p>
 * The same load runs against a cluster: the clients go through its balancer, and each kill takes one node, chosen at
 * random, and starts it again before the next.
 */
final class KilledServerLoad {

    private static final List<String> APPLICANTS = List.of("150440001011", "221140008086", "140340009091");
    private static final Duration STARTUP = Duration.ofSeconds(300);

    private final List<CrashableServer> servers;
    private final PortalClient portal;
    private final int kills;
    private final int minimumSubmissions;
    private final Duration minUptime;
    private final Duration maxUptime;
    private final Random random;

    private final AtomicBoolean killing = new AtomicBoolean(true);
    private final AtomicInteger retries = new AtomicInteger();
    private final Map<String, Submission> byDocument = new ConcurrentHashMap<>();
    private final List<Submission> submissions = Collections.synchronizedList(new ArrayList<>());
    private final List<Duration> restarts = Collections.synchronizedList(new ArrayList<>());

    KilledServerLoad(CrashableServer server, PortalClient portal, int kills, int minimumSubmissions, Duration minUptime,
                     Duration maxUptime, long seed) {
        this(List.of(server), portal, kills, minimumSubmissions, minUptime, maxUptime, seed);
    }

    /** The load on the nodes of a cluster through {@code portal}, their balancer; the nodes are running already. */
    KilledServerLoad(List<CrashableServer> nodes, PortalClient portal, int kills, int minimumSubmissions,
                     Duration minUptime, Duration maxUptime, long seed) {
        this.servers = nodes;
        this.portal = portal;
        this.kills = kills;
        this.minimumSubmissions = minimumSubmissions;
        this.minUptime = minUptime;
        this.maxUptime = maxUptime;
        this.random = new Random(seed);
    }

    /** One submission of the load, as its client saw it. */
    static final class Submission {
        final String applicant;
        final String key = UUID.randomUUID().toString();
        final String body;
        final String document;
        volatile String number;
        volatile String location;
        volatile int answer;
        volatile int attempts;

        Submission(String applicant, String body, String document) {
            this.applicant = applicant;
            this.body = body;
            this.document = document;
        }
    }

    /** What the run counted. */
    record Tally(int kills, int sent, int accepted, int repeated, int stored, int processed, int lost, int duplicated,
                 int unmatched, int questionsLostOrRepeated, int retries, Duration meanRestart, Duration maxRestart,
                 Duration drain, Duration total) {

        String table() {
            String rule = "+------------------------------------------+------------+%n";
            StringBuilder out = new StringBuilder();
            out.append(String.format(rule));
            row(out, "kill -9 of the server", kills);
            row(out, "submissions sent", sent);
            row(out, "accepted (answered 201 or 200)", accepted);
            row(out, "of them answered 200 (a repetition)", repeated);
            row(out, "stored", stored);
            row(out, "processed (registry checks)", processed);
            row(out, "lost", lost);
            row(out, "duplicated", duplicated);
            row(out, "stored, not sent by the load", unmatched);
            row(out, "registry questions lost/repeated", questionsLostOrRepeated);
            row(out, "client retries", retries);
            row(out, "restart, mean (s)", String.format("%.1f", meanRestart.toMillis() / 1000.0));
            row(out, "restart, max (s)", String.format("%.1f", maxRestart.toMillis() / 1000.0));
            row(out, "all processed, after the last start (s)", String.format("%.1f", drain.toMillis() / 1000.0));
            row(out, "whole run (s)", total.toSeconds());
            out.append(String.format(rule));
            return out.toString();
        }

        private static void row(StringBuilder out, String what, Object value) {
            out.append(String.format("| %-40s | %10s |%n", what, value));
        }
    }

    Tally run(int clients) throws InterruptedException {
        Instant began = Instant.now();
        for (CrashableServer server : servers) {
            if (!server.isRunning()) {
                server.start(STARTUP);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        AtomicInteger started = new AtomicInteger();
        List<java.util.concurrent.Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(pool.submit(() -> {
                while (killing.get() || started.get() < minimumSubmissions) {
                    int index = started.getAndIncrement();
                    drive(newSubmission(APPLICANTS.get(index % APPLICANTS.size())));
                }
            }));
        }
        java.util.concurrent.Future<?> killer = pool.submit(this::killAndRestart);
        try {
            killer.get();
            for (java.util.concurrent.Future<?> w : work) {
                w.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The load failed", e.getCause());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        Instant lastStart = Instant.now();
        Map<String, JsonObject> finalState = awaitProcessing(Duration.ofMinutes(5));
        Duration drain = Duration.between(lastStart, Instant.now());
        return count(finalState, drain, Duration.between(began, Instant.now()));
    }

    private Submission newSubmission(String applicant) {
        PortalClient.Form form = portal.form(applicant);
        String body = form.request(false, null);
        Submission submission = new Submission(applicant, body, PortalClient.sha256(
                form.documents.values().iterator().next().content()));
        byDocument.put(submission.document, submission);
        submissions.add(submission);
        return submission;
    }

    /** Submits under the key until answered, then takes the application to its registry checks. */
    private void drive(Submission submission) {
        PortalClient.Form form = portal.form(submission.applicant);
        PortalClient.Response answer = untilAnswered(() -> form.submitBody(submission.body, submission.key),
                submission);
        if (answer.status() != 201 && answer.status() != 200) {
            throw new AssertionError("Submission refused: " + answer.status() + " " + answer.body());
        }
        submission.answer = answer.status();
        submission.number = answer.json().getString("number");
        submission.location = answer.location();
        act(submission.number, "ASSIGN_EXECUTOR", () -> portal.assign(submission.number, "executor"));
        act(submission.number, "COMPLETENESS_CHECK", () -> portal.completeness(submission.number, true, null));
    }

    /** An officer's action on a step, retried until it is done or the application shows the step done. */
    private void act(String number, String step, Supplier<PortalClient.Response> action) {
        while (true) {
            PortalClient.Response done = untilAnswered(action, null);
            if (done.status() == 200) {
                return;
            }
            PortalClient.Response read = untilAnswered(() -> portal.read(number, "executor"), null);
            if (read.status() == 200 && stepDone(read.json(), step)) {
                return; // the earlier attempt committed, its answer was lost with the server
            }
            if (done.status() != 409 && done.status() < 500) {
                throw new AssertionError(step + " of " + number + " refused: " + done.status() + " " + done.body());
            }
            retries.incrementAndGet();
            CrashableServer.sleep(Duration.ofMillis(500));
        }
    }

    private static boolean stepDone(JsonObject application, String step) {
        return application.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> step.equals(s.getString("code")) && !PortalClient.isNull(s, "completedAt"));
    }

    /** Sends until the server answers other than "unavailable": a dropped connection or a 5xx is tried again. */
    private PortalClient.Response untilAnswered(Supplier<PortalClient.Response> request, Submission submission) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(giveUp)) {
            if (submission != null) {
                submission.attempts++;
            }
            try {
                PortalClient.Response response = request.get();
                if (response.status() < 500 && response.status() != 404) {
                    return response;
                }
                // 5xx while the server starts or stops; 404 before the API is deployed
            } catch (IllegalStateException noAnswer) {
                // connection refused or dropped: the server is down
            }
            retries.incrementAndGet();
            CrashableServer.sleep(Duration.ofMillis(300 + random(700)));
        }
        throw new AssertionError("No answer for 10 minutes");
    }

    private void killAndRestart() {
        try {
            for (int k = 0; k < kills; k++) {
                long uptime = minUptime.toMillis() + random(Math.max(1, maxUptime.toMillis() - minUptime.toMillis()));
                CrashableServer.sleep(Duration.ofMillis(uptime));
                CrashableServer server = servers.get((int) random(servers.size()));
                server.kill();
                Instant killed = Instant.now();
                server.start(STARTUP);
                restarts.add(Duration.between(killed, Instant.now()));
            }
        } finally {
            killing.set(false);
        }
    }

    private synchronized long random(long bound) {
        return (long) (random.nextDouble() * bound);
    }

    /** Waits until every stored application is processed (or the time is up) and returns them by number. */
    private Map<String, JsonObject> awaitProcessing(Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        Map<String, JsonObject> state = stored();
        while (Instant.now().isBefore(end) && !state.values().stream().allMatch(KilledServerLoad::processed)) {
            CrashableServer.sleep(Duration.ofSeconds(2));
            state = stored();
        }
        return state;
    }

    private Map<String, JsonObject> stored() {
        Map<String, JsonObject> state = new HashMap<>();
        for (int first = 0; ; first += 500) {
            List<JsonObject> page = portal.get("applications?max=500&first=" + first, "head").expect(200).jsonArray()
                    .getValuesAs(JsonObject.class);
            for (JsonObject summary : page) {
                String number = summary.getString("number");
                state.put(number, portal.read(number, "executor").expect(200).json());
            }
            if (page.size() < 500) {
                return state;
            }
        }
    }

    static boolean processed(JsonObject application) {
        return PortalClient.atStep("REPORT_AND_RESULT").test(application) && questionsAnsweredOnce(application);
    }

    private static boolean questionsAnsweredOnce(JsonObject application) {
        List<JsonObject> checks = application.getJsonArray("checks").getValuesAs(JsonObject.class);
        long distinct = checks.stream().map(c -> c.getString("check") + " " + c.getString("subject")).distinct().count();
        return !checks.isEmpty() && distinct == checks.size() && checks.stream()
                .allMatch(c -> "ANSWERED".equals(c.getString("state")) && c.getInt("repeatedAnswers") == 0);
    }

    private Tally count(Map<String, JsonObject> stored, Duration drain, Duration total) {
        Map<Submission, Integer> copies = new HashMap<>();
        int unmatched = 0;
        for (JsonObject application : stored.values()) {
            Submission submission = application.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                    .map(d -> byDocument.get(d.getString("sha256"))).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            if (submission == null) {
                unmatched++;
            } else {
                copies.merge(submission, 1, Integer::sum);
            }
        }
        int accepted = (int) submissions.stream().filter(s -> s.number != null).count();
        int repeated = (int) submissions.stream().filter(s -> s.answer == 200).count();
        int lost = (int) submissions.stream().filter(s -> s.number != null && !stored.containsKey(s.number)).count();
        int duplicated = copies.values().stream().mapToInt(c -> c - 1).sum();
        int processed = (int) stored.values().stream().filter(KilledServerLoad::processed).count();
        int questions = (int) stored.values().stream().filter(a -> PortalClient.atStep("REPORT_AND_RESULT").test(a))
                .filter(a -> !questionsAnsweredOnce(a)).count();
        Duration mean = restarts.isEmpty() ? Duration.ZERO
                : restarts.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(restarts.size());
        Duration max = restarts.stream().max(Duration::compareTo).orElse(Duration.ZERO);
        return new Tally(restarts.size(), submissions.size(), accepted, repeated, stored.size(), processed, lost, duplicated,
                unmatched, questions, retries.get(), mean, max, drain, total);
    }
}
