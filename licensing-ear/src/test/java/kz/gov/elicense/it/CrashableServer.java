package kz.gov.elicense.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A second server of this build that a test may kill: a copy of the provisioned server (target/server) with the EAR
 * in its deployments directory, started with standalone.sh as the {@code start} profile does, on its own port offset
 * and with its own data directory, which survives a kill and a restart as a real installation's would.
 */
final class CrashableServer {

    private final Path home;
    private final int offset;
    private final List<String> properties;
    private final List<String> jvmOptions = new java.util.ArrayList<>();
    private String serverConfig;
    private Process shell;
    /** Started and answering, until killed or stopped: what a balancer's health check would see. */
    private volatile boolean ready;

    private CrashableServer(Path home, int offset, List<String> properties) {
        this.home = home;
        this.offset = offset;
        this.properties = properties;
    }

    /** A server installed at {@code home} by other means (an unpacked distribution), started as this class starts one. */
    static CrashableServer installedAt(Path home, int offset, List<String> properties) {
        return new CrashableServer(home, offset, properties);
    }

    /** Options for the server's JVM (beside the heap size), e.g. an agent. */
    CrashableServer withJvmOptions(List<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    /** The configuration file to start with ({@code -c}), instead of standalone.xml. */
    CrashableServer withServerConfig(String fileName) {
        serverConfig = fileName;
        return this;
    }

    Path home() {
        return home;
    }

    int managementPort() {
        return 9990 + offset;
    }

    /** Copies target/server (without its data, logs and temporary files) and the EAR to {@code target/<name>}. */
    static CrashableServer copyOfTestServer(String name, int offset, List<String> properties) {
        return copyOf(Path.of(System.getProperty("jboss.home")), name, offset, properties);
    }

    /** The same copy of another server of this build (one a test configured further), to {@code target/<name>}. */
    static CrashableServer copyOf(Path provisioned, String name, int offset, List<String> properties) {
        Path home = provisioned.resolveSibling(name);
        deleteTree(home);
        List<Path> skipped = Stream.of("data", "log", "tmp", "configuration/standalone_xml_history")
                .map(d -> provisioned.resolve("standalone").resolve(d)).toList();
        try (Stream<Path> files = Files.walk(provisioned)) {
            for (Path file : files.filter(f -> skipped.stream().noneMatch(f::startsWith)).toList()) {
                Path copy = home.resolve(provisioned.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            // the test server's configuration names what Arquillian deployed to it; this copy deploys from its directory
            Path configuration = home.resolve("standalone/configuration/standalone.xml");
            Files.writeString(configuration, Files.readString(configuration)
                    .replaceAll("(?s)<deployments>.*?</deployments>", ""));
            Path ear = Path.of(System.getProperty("licensing.ear"));
            Files.copy(ear, home.resolve("standalone/deployments").resolve(ear.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CrashableServer(home, offset, properties);
    }

    int httpPort() {
        return 8080 + offset;
    }

    PortalClient portal() {
        return new PortalClient(URI.create("http://127.0.0.1:" + httpPort() + "/api/v1/"),
                Path.of(System.getProperty("licensing.pki.dir")));
    }

    /** Starts the server and waits until the portal API answers a signed-in officer. */
    void start(Duration timeout) {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + offset, "-Djava.net.preferIPv4Stack=true"));
        if (serverConfig != null) {
            command.add("-c=" + serverConfig);
        }
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().put("JAVA_OPTS", String.join(" ", java.util.stream.Stream.concat(
                Stream.of("-Xms128m", "-Xmx768m"), jvmOptions.stream()).toList()));
        try {
            shell = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PortalClient portal = portal();
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!shell.isAlive()) {
                throw new IllegalStateException("The server at " + home + " stopped while starting; see console.log");
            }
            try {
                if (portal.get("procedures", "head").status() == 200) {
                    ready = true;
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // the HTTP listener is not up yet
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("The server at " + home + " did not start in " + timeout);
    }

    /** kill -9: the JVM gets no chance to flush, close or shut anything down. */
    void kill() {
        ready = false;
        List<ProcessHandle> jvms = shell.descendants().filter(p -> p.info().command()
                .map(c -> c.endsWith("java")).orElse(false)).toList();
        if (jvms.isEmpty()) {
            throw new IllegalStateException("No server JVM under " + shell.pid());
        }
        for (ProcessHandle jvm : jvms) {
            jvm.destroyForcibly();
        }
        shell.destroyForcibly();
        for (ProcessHandle jvm : jvms) {
            jvm.onExit().join();
        }
        try {
            shell.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the server's JVM has ended by itself (a fault injected into it halted it). */
    boolean awaitExit(Duration timeout) {
        try {
            return shell.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean ready() {
        return ready;
    }

    boolean isRunning() {
        return shell != null && shell.isAlive();
    }

    /**
     * Runs management commands against the running server with its own jboss-cli (local authentication, as an
     * administrator on the machine would) and returns what the CLI printed.
     */
    String cli(String... commands) {
        return JbossCli.at(home).run(List.of("--connect", "--controller=127.0.0.1:" + managementPort(),
                "--commands=" + String.join(",", commands)));
    }

    String consoleLog() {
        try {
            Path log = home.resolve("console.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops a server still running at the end of a test; a kill is enough, its copy is thrown away next time. Returns
     * once its JVM has ended (or after half a minute), so that its database file is free to be read.
     */
    void stop() {
        ready = false;
        if (shell == null) {
            return;
        }
        List<ProcessHandle> processes = shell.descendants().toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        shell.destroyForcibly();
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // gone already, or still going: the caller finds out
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
