package kz.gov.elicense.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Crash safety under load: signed submissions from several clients while the server is killed with {@code kill -9} at
 * random moments and started again; the clients retry with their idempotency keys. Afterwards every submission is
 * accepted, stored once and processed (its registry questions asked and answered exactly once): accepted = stored =
 * processed, lost 0, duplicated 0. The test command runs a short version ({@code reliability.kills}, 3 by default);
 * {@code mvn -Preliability verify} runs the reliability command's long one and prints the same table. A server of its
 * own (port offset 1400) with its own demo PKI.
 */
class SubmissionsUnderKillsIT {

    private static final int OFFSET = 1400;

    private final Path pki = OwnPkiServer.pki("kill-load", OFFSET);
    private final ServerDatabase database = ServerDatabase.fresh("kill-load");
    private final CrashableServer server = CrashableServer.copyOfTestServer("kill-load-server", OFFSET,
                    OwnPkiServer.properties(OFFSET, pki, "licensing-kill-load", database))
            .withJvmOptions(List.of("-DRecoveryEnvironmentBean.periodicRecoveryPeriod=10",
                    "-DRecoveryEnvironmentBean.recoveryBackoffPeriod=2"));

    @AfterEach
    void stopServer() {
        server.stop();
        server.awaitExit(java.time.Duration.ofSeconds(30));
        database.drop();
    }

    @Test
    void everySubmissionIsAcceptedStoredAndProcessedOnceWhateverTheKills() throws Exception {
        int kills = Integer.getInteger("reliability.kills", 3);
        KilledServerLoad load = new KilledServerLoad(server, OwnPkiServer.portal(OFFSET, pki), kills,
                Integer.getInteger("reliability.submissions", 4 * kills),
                Duration.ofMillis(Long.getLong("reliability.min-uptime-ms", 2000)),
                Duration.ofMillis(Long.getLong("reliability.max-uptime-ms", 9000)),
                Long.getLong("reliability.seed", System.nanoTime()));

        KilledServerLoad.Tally tally = load.run(Integer.getInteger("reliability.clients", 3));
        System.out.println("Submissions under kill -9:\n" + tally.table());

        assertEquals(kills, tally.kills());
        assertEquals(tally.sent(), tally.accepted(), "every submission sent was accepted");
        assertEquals(tally.accepted(), tally.stored(), "accepted = stored");
        assertEquals(tally.stored(), tally.processed(), "stored = processed");
        assertEquals(0, tally.lost(), "lost");
        assertEquals(0, tally.duplicated(), "duplicated");
        assertEquals(0, tally.unmatched(), "stored without having been sent");
        assertEquals(0, tally.questionsLostOrRepeated(), "registry questions lost or repeated");
    }
}
