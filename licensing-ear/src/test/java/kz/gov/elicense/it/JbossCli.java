package kz.gov.elicense.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The jboss-cli of a WildFly installation, run as a separate process exactly as an administrator runs it. */
record JbossCli(Path home) {

    static JbossCli at(Path home) {
        return new JbossCli(home);
    }

    /** Runs the CLI with these arguments; fails with its output when it exits with an error. */
    String run(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/jboss-cli.sh").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().put("JAVA_OPTS", "-Xmx256m");
        try {
            Process cli = builder.start();
            byte[] output = cli.getInputStream().readAllBytes();
            if (!cli.waitFor(5, TimeUnit.MINUTES)) {
                cli.destroyForcibly();
                throw new IllegalStateException("jboss-cli did not finish: " + command);
            }
            String printed = new String(output, StandardCharsets.UTF_8);
            if (cli.exitValue() != 0) {
                throw new IllegalStateException("jboss-cli " + arguments + " failed (" + cli.exitValue() + "):\n" + printed);
            }
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
