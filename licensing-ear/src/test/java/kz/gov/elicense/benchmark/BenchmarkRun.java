package kz.gov.elicense.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import kz.gov.elicense.it.BenchmarkSetup;
import kz.gov.elicense.it.ThroughTheApi;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

/**
 * The client side of {@link ServerBenchmark}: boots a second copy of the server to time it, compares the
 * signature rates, seeds through the bulk path, runs every HTTP scenario against the test server and prints one
 * table in which each figure stands beside the trivial JSON baseline of the same server. Tuned by system properties
 * (see README): {@code benchmark.duration}, {@code benchmark.warmup}, {@code benchmark.threads},
 * {@code benchmark.submission.rate}, {@code benchmark.lookup.rate}, {@code benchmark.licences},
 * {@code benchmark.inbox.small}, {@code benchmark.inbox.large} (0 skips it), {@code benchmark.submissions.pool},
 * {@code benchmark.database}.
 */
final class BenchmarkRun {

    private static final IntPredicate OK = status -> status == 200;
    private static final String OPEN_STATUSES = "status=DELIVERED&status=REGISTERED&status=IN_WORK";

    private final Duration duration = duration("benchmark.duration", "30s");
    private final Duration warmUp = duration("benchmark.warmup", "5s");
    private final int threads = Integer.getInteger("benchmark.threads", 16);
    private final int openThreads = Integer.getInteger("benchmark.open.threads", 128);
    private final double submissionRate = Double.parseDouble(System.getProperty("benchmark.submission.rate", "500"));
    private final double lookupRate = Double.parseDouble(System.getProperty("benchmark.lookup.rate", "5000"));
    private final long licences = Long.getLong("benchmark.licences", 10_000);
    private final long inboxSmall = Long.getLong("benchmark.inbox.small", 100_000);
    private final long inboxLarge = Long.getLong("benchmark.inbox.large", 1_000_000);
    /** The failsafe execution's database (h2 or postgresql), as the system tests have it. */
    private final String database = System.getProperty("it.database", System.getProperty("benchmark.database", "h2"));
    /** Which scenarios run (a focused before/after comparison): all by default. */
    private final java.util.Set<String> scenarios = java.util.Set.of(System.getProperty("benchmark.scenarios",
            "boot,signatures,lookup,inbox,submissions").split(","));
    private final int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
    private final URI server = URI.create("http://127.0.0.1:" + (8080 + offset) + "/");
    // HTTP/1.1 as the load uses: an upgraded HTTP/2 connection was closed (GOAWAY) under a minutes-long seeding call
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Load load = new Load(warmUp, duration);
    private final List<Row> rows = new ArrayList<>();
    private String inboxOfficer = "head";
    private final List<String> notes = new ArrayList<>();
    private final String loadBefore = loadAverage();

    /** One line of the table; figures NaN where the scenario has none. */
    record Row(String scenario, String mode, String throughput, String p50, String p95, String p99, String max,
               String vsBaseline, String target, String verdict) {
    }

    void run() throws Exception {
        try {
            scenarios();
        } finally {
            print();
        }
    }

    private void scenarios() throws Exception {
        if (Boolean.parseBoolean(System.getProperty("benchmark.boot", "true")) && scenarios.contains("boot")) {
            bootToReady();
        } else {
            rows.add(new Row("boot: skipped (-Dbenchmark.boot=false)", "", "", "", "", "", "", "", "<= 20 s", "-"));
        }
        if (scenarios.contains("signatures")) {
            signatures();
        }
        ThroughTheApi api = new ThroughTheApi();
        String licence = api.issuedLicence(BenchmarkSetup.APPLICANT).licenceNumber();
        String application = api.submittedApplication(BenchmarkSetup.APPLICANT);
        inboxOfficer = officerOfCurrentStep(application);
        notes.add("Templates made through the real procedure: licence " + licence + " and one registered application"
                + " (its current step is " + inboxOfficer + "'s: the inbox is measured as " + inboxOfficer + ").");
        seed("licences", licences);

        Load.Result baseline = measure(load.closed("baseline GET /bench/ping", threads, i -> get("licensing-bench/bench/ping", null), OK));
        Load.Result baselineAtSubmissionRate = load.open("baseline", submissionRate, openThreads,
                i -> get("licensing-bench/bench/ping", null), OK);
        Load.Result baselineAtLookupRate = load.open("baseline", lookupRate, openThreads,
                i -> get("licensing-bench/bench/ping", null), OK);
        add(baseline, "closed", "", "", "");
        add(baselineAtSubmissionRate, rate(submissionRate), "", "", "");
        add(baselineAtLookupRate, rate(lookupRate), "", "", "");

        if (scenarios.contains("lookup")) {
            lookups(baseline, baselineAtLookupRate);
        }
        if (!scenarios.contains("inbox")) {
            if (scenarios.contains("submissions")) {
                submissions(baseline, baselineAtSubmissionRate);
            }
            return;
        }
        Load.Result small = inbox(inboxSmall, baseline);
        // before the large inbox, whose seeding takes longest: a slow machine has the submission figures first
        if (scenarios.contains("submissions")) {
            submissions(baseline, baselineAtSubmissionRate);
        }
        if (inboxLarge > 0) {
            notes.add("Inbox: the large size is measured after the submissions (a few hundred more open applications;"
                    + " their registry answers may still be arriving).");
            Load.Result large = inbox(inboxLarge, baseline);
            double ratio = large.percentileMillis(95) / small.percentileMillis(95);
            rows.add(new Row(String.format(Locale.ROOT, "inbox p95 %,d : %,d rows", inboxLarge, inboxSmall), "", "", "",
                    "", "", "", "", "<= 1.5", verdict(ratio <= 1.5) + String.format(Locale.ROOT, " (%.2f)", ratio)));
        }
    }

    private void lookups(Load.Result baseline, Load.Result baselineAtLookupRate) throws Exception {
        notes.add("Licence lookup: each GET /licences/{number} reads the register entry (its status live) and the"
                + " verdict of its document's CMS signature, remembered per document for licensing.verification.cache.ttl.");
        Load.Result lookups = measure(load.closed("licence lookup GET /licences/{n}", threads,
                i -> get("api/v1/licences/" + BulkSeed.licenceNumber(1 + i % licences), null), OK));
        add(lookups, "closed", ratio(lookups.throughput(), baseline.throughput()), ">= 5,000/s",
                verdict(lookups.throughput() >= 5000));
        Load.Result lookupsAtRate = load.open("licence lookup GET /licences/{n}", lookupRate, openThreads,
                i -> get("api/v1/licences/" + BulkSeed.licenceNumber(1 + i % licences), null), OK);
        add(lookupsAtRate, rate(lookupRate), p99Ratio(lookupsAtRate, baselineAtLookupRate), "p99 <= 20 ms",
                verdict(lookupsAtRate.unsent() == 0 && lookupsAtRate.percentileMillis(99) <= 20));
    }

    private void bootToReady() {
        try {
            Duration boot = BenchmarkSetup.bootToReady(offset + 50);
            rows.add(new Row("boot: process start to /health/ready UP + API", "1 boot", "", "", "", "", "",
                    "", "<= 20 s", verdict(boot.toMillis() <= 20_000) + String.format(Locale.ROOT, " (%.1f s)",
                    boot.toMillis() / 1000.0)));
            notes.add("Boot: a copy of the provisioned server with the EAR in deployments/ and an empty database"
                    + " (Flyway migrates it), polled each second, so up to 1 s late.");
        } catch (RuntimeException e) {
            rows.add(new Row("boot: process start to ready", "", "", "", "", "", "", "", "<= 20 s", "ERROR " + e.getMessage()));
        }
    }

    private void signatures() throws Exception {
        List<SignatureRates.Rate> plain = SignatureRates.measure(Path.of(System.getProperty("licensing.pki.dir")),
                "plain JVM");
        List<String> container = Files.readAllLines(Path.of(System.getProperty("jboss.home"), "standalone", "log",
                ServerBenchmark.SIGNATURE_REPORT));
        for (String line : container) {
            String[] cells = line.trim().split("\\s{2,}");
            String algorithm = cells[0];
            String path = cells[1].replace(", in WildFly", "");
            double sign = Double.parseDouble(cells[cells.length - 2].trim());
            double verify = Double.parseDouble(cells[cells.length - 1].trim());
            SignatureRates.Rate raw = plain.stream().filter(r -> r.algorithm().equals(algorithm)
                    && r.path().startsWith("raw")).findFirst().orElseThrow();
            SignatureRates.Rate samePath = plain.stream().filter(r -> r.algorithm().equals(algorithm)
                    && r.path().startsWith(path)).findFirst().orElseThrow();
            double signRatio = sign / raw.signPerSecond();
            double verifyRatio = verify / raw.verifyPerSecond();
            rows.add(new Row(String.format(Locale.ROOT, "%s %s in WildFly: sign", algorithm, path), "1 thread",
                    perSecond(sign), "", "", "", "", ratio(sign, samePath.signPerSecond()) + " same path",
                    ">= 0.8 x raw BC", verdict(signRatio >= 0.8) + String.format(Locale.ROOT, " (%.2f)", signRatio)));
            rows.add(new Row(String.format(Locale.ROOT, "%s %s in WildFly: verify", algorithm, path), "1 thread",
                    perSecond(verify), "", "", "", "", ratio(verify, samePath.verifyPerSecond()) + " same path",
                    ">= 0.8 x raw BC", verdict(verifyRatio >= 0.8) + String.format(Locale.ROOT, " (%.2f)", verifyRatio)));
        }
        notes.add("Signatures: rates per second on one thread, 1 KiB; 'same path' = in WildFly / the same code in a plain"
                + " JVM; the verdict = in WildFly / raw BouncyCastle (the bare algorithm) in a plain JVM.");
    }

    private Load.Result inbox(long size, Load.Result baseline) throws Exception {
        long seeded = seed("applications", size);
        HttpResponse<String> plan = http.send(get("licensing-bench/bench/seed/inbox-plan", null),
                HttpResponse.BodyHandlers.ofString());
        notes.add(String.format(Locale.ROOT, "Inbox plan at %,d applications: %s", size, plan.body()));
        String inboxPath = "api/v1/applications/inbox?" + OPEN_STATUSES + "&max=50";
        // an API client that keeps its session: one sign-in (the password's bcrypt check once), then the cookie
        String session = sessionCookie(inboxOfficer, inboxPath);
        Load.Result inbox = measure(load.closed(String.format(Locale.ROOT, "inbox page, %,d applications", seeded), 1,
                i -> withSession(inboxPath, session), OK));
        add(inbox, "session, 1 thread", ratio(inbox.throughput(), baseline.throughput()), "p95 <= 50 ms",
                verdict(inbox.percentileMillis(95) <= 50));
        // the same page signed in by BASIC on every request: the difference is the sign-in's cost per request
        Load.Result basic = measure(load.closed(String.format(Locale.ROOT, "  same, BASIC each request, %,d", seeded), 1,
                i -> get(inboxPath, inboxOfficer), OK));
        add(basic, "BASIC, 1 thread", ratio(basic.throughput(), baseline.throughput()), "(not a target)", "-");
        String listSession = sessionCookie("head", inboxPath);
        Load.Result list = measure(load.closed(String.format(Locale.ROOT, "  list GET /applications?status, %,d", seeded), 1,
                i -> withSession("api/v1/applications?" + OPEN_STATUSES + "&max=50", listSession), OK));
        add(list, "session, 1 thread", ratio(list.throughput(), baseline.throughput()), "(not a target)", "-");
        return inbox;
    }

    /**
     * Signs in as an officer's API client that keeps its session: the sign-in form (GET a protected page, POST
     * j_security_check, as OfficerAccountsIT's browser does), the account's one sign-in that the audit trail records
     * and lock-out counts. Returns the session cookie (the id after the sign-in, which changes it), checked on the page
     * to be measured, so that a cookie that signs in nobody fails here rather than as 401s in the table.
     */
    private String sessionCookie(String user, String checkPath) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
        client.send(HttpRequest.newBuilder(server.resolve("office/inbox.xhtml")).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password=demo";
        client.send(HttpRequest.newBuilder(server.resolve("j_security_check")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String cookie = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue()).reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("no session cookie after signing in as " + user));
        int status = http.send(withSession(checkPath, cookie), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("the session of " + user + " gave " + status + " on " + checkPath);
        }
        return cookie;
    }

    private HttpRequest withSession(String path, String cookie) {
        return HttpRequest.newBuilder(server.resolve(path)).header("Cookie", cookie).timeout(Duration.ofSeconds(60))
                .GET().build();
    }

    /** The demo officer whose inbox holds the application's current step (seeded copies share it). */
    private String officerOfCurrentStep(String application) throws Exception {
        JsonObject view = json(http.send(get("api/v1/applications/" + application, "head"),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonObject current = null;
        for (JsonObject step : view.getJsonArray("steps").getValuesAs(JsonObject.class)) {
            // JSON-B leaves null properties out
            if (!step.containsKey("completedAt") || step.isNull("completedAt")) {
                current = step;
            }
        }
        if (current == null) {
            return "head";
        }
        return switch (current.getString("role")) {
            case "clerk" -> "clerk";
            case "head-of-unit" -> "unithead";
            case "executor" -> current.containsKey("assignee") && !current.isNull("assignee")
                    ? current.getString("assignee") : "executor";
            default -> "head";
        };
    }

    private void submissions(Load.Result baseline, Load.Result baselineAtRate) throws Exception {
        double seconds = (warmUp.toMillis() + duration.toMillis()) / 1000.0;
        int poolSize = Integer.getInteger("benchmark.submissions.pool", (int) Math.ceil((submissionRate + 1000) * seconds));
        long signing = System.nanoTime();
        List<String> pool = BenchmarkSetup.signedSubmissions(poolSize);
        notes.add(String.format(Locale.ROOT, "Submissions: %,d distinct forms pre-signed (RSA-2048 CMS) in %.1f s before"
                + " the timed phases; each is sent once.", poolSize, (System.nanoTime() - signing) / 1e9));
        AtomicInteger next = new AtomicInteger();
        Load.Requests submit = i -> {
            int n = next.getAndIncrement();
            return n < pool.size() ? post("api/v1/applications", BenchmarkSetup.APPLICANT, pool.get(n)) : null;
        };
        IntPredicate accepted = status -> status == 201 || status == 202;
        HeapSampler heap = new HeapSampler();
        heap.start();
        try {
            Load.Result closed = measure(load.closed("signed submission POST /applications", threads, submit, accepted));
            add(closed, "closed", ratio(closed.throughput(), baseline.throughput()), ">= 1,000/s",
                    verdict(closed.throughput() >= 1000));
            Load.Result open = load.open("signed submission POST /applications", submissionRate, openThreads, submit, accepted);
            add(open, rate(submissionRate), p99Ratio(open, baselineAtRate), "p99 <= 100 ms",
                    verdict(open.unsent() == 0 && open.percentileMillis(99) <= 100));
            if (next.get() >= pool.size()) {
                notes.add("Submissions: the pre-signed pool ran out; a phase ended early (raise -Dbenchmark.submissions.pool).");
            }
        } finally {
            heap.stop();
        }
        rows.add(new Row("heap used under the submission load (max)", "sampled 2/s", "", "", "", "", "", "",
                "<= 1 GiB", verdict(heap.maxUsed.get() <= 1L << 30) + String.format(Locale.ROOT, " (%,d MiB of %,d MiB max)",
                heap.maxUsed.get() >> 20, heap.max >> 20)));
    }

    private Load.Result measure(Load.Result result) {
        if (result.errors() > 0) {
            notes.add(result.scenario() + ": " + result.errors() + " errors, first: " + result.firstError());
        }
        return result;
    }

    /** Seeds up to {@code total} rows, at most 200,000 a call so that no single HTTP request lasts minutes. */
    private long seed(String what, long total) throws Exception {
        double seconds = 0;
        long rows = 0;
        for (long upTo = 200_000; rows < total; upTo += 200_000) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.resolve("licensing-bench/bench/seed/"
                            + what + "?total=" + Math.min(total, upTo))).timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Seeding " + what + " failed: " + response.statusCode() + " " + response.body());
            }
            JsonObject seeded = json(response.body());
            rows = seeded.getJsonNumber("rows").longValue();
            seconds += seeded.getJsonNumber("seconds").doubleValue();
        }
        String line = String.format(Locale.ROOT, "Seeded %s: %,d rows now, this step %.1f s (bulk INSERT ... SELECT in the"
                + " server, 50,000 rows a statement).", what, rows, seconds);
        notes.add(line);
        System.out.println(line);
        return rows;
    }

    /** Samples the server's heap through the benchmark module's probe while the submissions run. */
    private final class HeapSampler {
        final AtomicLong maxUsed = new AtomicLong();
        volatile long max;
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::sample, "heap-sampler");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        private void sample() {
            while (running) {
                try {
                    JsonObject heap = json(http.send(get("licensing-bench/bench/heap", null),
                            HttpResponse.BodyHandlers.ofString()).body());
                    maxUsed.accumulateAndGet(heap.getJsonNumber("used").longValue(), Math::max);
                    max = heap.getJsonNumber("max").longValue();
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception busy) {
                    // a sample lost under load; the next one counts
                }
            }
        }
    }

    private void print() throws Exception {
        String format = "%-48s %-16s %12s %9s %9s %9s %9s %-18s %-18s %s%n";
        StringBuilder table = new StringBuilder("\n");
        table.append(String.format(Locale.ROOT, "Benchmark: %s warm-up + %s measured per scenario, %d threads closed loop,"
                        + " %d open loop; %s; load average before %s, after %s on %d CPUs (other builds may share them: figures"
                        + " are this machine's at this moment)%n", warmUp, duration, threads, openThreads,
                "postgresql".equalsIgnoreCase(database) ? "PostgreSQL" : "H2 (embedded)", loadBefore, loadAverage(),
                Runtime.getRuntime().availableProcessors()));
        table.append(String.format(Locale.ROOT, format, "scenario", "mode", "throughput/s", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "vs baseline", "target", "result"));
        rows.forEach(r -> table.append(String.format(Locale.ROOT, format, r.scenario(), r.mode(), r.throughput(), r.p50(),
                r.p95(), r.p99(), r.max(), r.vsBaseline(), r.target(), r.verdict())));
        table.append('\n');
        notes.forEach(n -> table.append("- ").append(n).append('\n'));
        System.out.println(table);
        Path target = Path.of(System.getProperty("jboss.home")).getParent();
        Files.writeString(target.resolve("benchmark-report-" + database + ".txt"), table);
        // the second database's run prints the first's table beside its own
        for (String other : List.of("h2", "postgresql")) {
            Path report = target.resolve("benchmark-report-" + other + ".txt");
            if (!other.equalsIgnoreCase(database) && Files.exists(report)) {
                System.out.println("\nThe same benchmark on the other database (" + report.getFileName() + ", written "
                        + Files.getLastModifiedTime(report) + "):\n" + Files.readString(report));
            }
        }
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void add(Load.Result result, String mode, String vsBaseline, String target, String verdict) {
        String unsent = result.unsent() > 0 ? String.format(Locale.ROOT, " (%,d unsent)", result.unsent()) : "";
        rows.add(new Row(result.scenario(), mode, perSecond(result.throughput()), millis(result.percentileMillis(50)),
                millis(result.percentileMillis(95)), millis(result.percentileMillis(99)), millis(result.maxMillis()),
                vsBaseline, target, verdict + unsent));
    }

    private HttpRequest get(String path, String user) {
        return authorised(HttpRequest.newBuilder(server.resolve(path)).GET(), user).build();
    }

    private HttpRequest post(String path, String user, String json) {
        return authorised(HttpRequest.newBuilder(server.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user).build();
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return request.timeout(Duration.ofSeconds(60));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "MISS";
    }

    private static String rate(double rate) {
        return String.format(Locale.ROOT, "open %,.0f/s", rate);
    }

    private static String perSecond(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(double value, double baseline) {
        return String.format(Locale.ROOT, "%.2f x", value / baseline);
    }

    /** At a fixed rate the comparison is the tail: the scenario's p99 over the baseline's p99 at the same rate. */
    private static String p99Ratio(Load.Result result, Load.Result baseline) {
        return String.format(Locale.ROOT, "p99 %.1f x", result.percentileMillis(99) / baseline.percentileMillis(99));
    }

    private static Duration duration(String property, String fallback) {
        String value = System.getProperty(property, fallback).trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("pt")) {
            return Duration.parse(value);
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
    }
}
