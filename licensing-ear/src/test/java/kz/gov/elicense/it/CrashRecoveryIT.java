package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Persistent registry messages survive a crash. A server of its own (a copy of the provisioned one, port offset 1100)
 * takes applications to their registry checks, is killed with {@code kill -9} while their requests and the special
 * accounts' late answers are in flight, and is started again on the same data: every question is answered exactly
 * once, the late answers that arrive after the restart are applied, and every application moves on by itself.
 * <p>
 * The Arquillian-managed server runs beside it only because the demo PKI's certificates name its port for their OCSP
 * responder, which the crashing server asks when it validates the applicants' signatures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrashRecoveryIT {

    private static final String LATE_ANSWERED_BIN = "200940006062";
    private static final int OFFSET = 1100;
    /** Long enough that the late answers are still on their way when the server is killed and restarted. */
    private static final int LATE_ANSWER_SECONDS = 40;
    private static final Duration STARTUP = Duration.ofSeconds(240);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final ServerDatabase database = ServerDatabase.fresh("crash");
    private final CrashableServer server = CrashableServer.copyOfTestServer("crash-server", OFFSET, withDatabase(List.of(
            "-Dlicensing.config.dir=" + System.getProperty("licensing.config.dir"),
            "-Dlicensing.pki.dir=" + System.getProperty("licensing.pki.dir"),
            "-Dlicensing.simulator.special-accounts.delay-seconds=" + LATE_ANSWER_SECONDS,
            "-Dlicensing.demo.enabled=true",
            "-Dlicensing.tsa.url=http://127.0.0.1:" + (8080 + OFFSET) + "/api/v1/demo/pki/tsa",
            "-Dlicensing.verification.base-url=http://127.0.0.1:" + (8080 + OFFSET) + "/api/v1/licences",
            "-Djboss.tx.node.id=licensing-crash")))
            // a kill between the two phases of a registry consumer's commit leaves its row of answered requests
            // locked until Narayana's recovery rolls the branch back; at its default (a scan every 120 s) the
            // request's five redeliveries, each waiting out the lock, can end in the dead-letter queue before that
            // (config/README.md): the scans as often as the other crash tests have them
            .withJvmOptions(List.of("-DRecoveryEnvironmentBean.periodicRecoveryPeriod=10",
                    "-DRecoveryEnvironmentBean.recoveryBackoffPeriod=2"));

    private List<String> withDatabase(List<String> properties) {
        List<String> all = new ArrayList<>(properties);
        all.addAll(database.serverProperties());
        return all;
    }

    @AfterEach
    void stopServer() {
        server.stop();
        server.awaitExit(Duration.ofSeconds(30));
        database.drop();
    }

    @Test
    void everyRequestInFlightAtAKillIsAnsweredOnceAndEveryApplicationMovesOn() {
        server.start(STARTUP);
        PortalClient portal = server.portal();

        Map<String, JsonObject> waitingBeforeCrash = new LinkedHashMap<>();
        for (int i = 0; i < 2; i++) {
            String number = toRegistryChecks(portal);
            JsonObject waiting = portal.awaitApplication(number, a -> checks(a).stream()
                    .filter(c -> !c.getString("check").equals("SPECIAL_ACCOUNTS"))
                    .allMatch(c -> c.getString("state").equals("ANSWERED")), Duration.ofSeconds(60));
            JsonObject special = specialAccounts(waiting);
            assertEquals("AWAITING_ANSWER", special.getString("state"), "the late answer is awaited");
            assertEquals("REGISTRY_CHECKS", waiting.getString("currentStep"));
            assertFalse(registryStep(waiting).getBoolean("overdue"));
            waitingBeforeCrash.put(number, waiting);
        }
        // the last ones go straight to the kill: their requests are still on the queues or being answered
        List<String> inFlight = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            inFlight.add(toRegistryChecks(portal));
        }

        Instant killedAt = Instant.now();
        server.kill();
        server.start(STARTUP);

        List<String> all = new ArrayList<>(waitingBeforeCrash.keySet());
        all.addAll(inFlight);
        for (String number : all) {
            JsonObject movedOn = portal.awaitApplication(number, PortalClient.atStep("REPORT_AND_RESULT"),
                    Duration.ofSeconds(300));
            List<String> asked = checks(movedOn).stream()
                    .map(c -> c.getString("check") + " of " + c.getString("subject")).toList();
            assertEquals(asked.stream().distinct().count(), asked.size(), "no question asked twice: " + asked);
            for (JsonObject check : checks(movedOn)) {
                assertEquals("ANSWERED", check.getString("state"), check.toString());
                assertEquals(0, check.getInt("repeatedAnswers"), "answered exactly once: " + check);
            }
            assertEquals("CLEAR", specialAccounts(movedOn).getString("outcome"));
            assertEquals(1, movedOn.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                    .filter(s -> "REPORT_AND_RESULT".equals(s.getString("code"))).count(), "moved on once");
            assertNotNull(registryStep(movedOn).getString("completedAt"));
        }
        for (Map.Entry<String, JsonObject> before : waitingBeforeCrash.entrySet()) {
            JsonObject after = portal.read(before.getKey(), "executor").expect(200).json();
            Instant answeredAt = Instant.parse(specialAccounts(after).getString("answeredAt"));
            assertTrue(answeredAt.isAfter(killedAt), "the late answer arrived after the restart and was applied: "
                    + answeredAt + " vs kill at " + killedAt);
            assertEquals(registryStep(before.getValue()).getString("deadline"), registryStep(after).getString("deadline"),
                    "the step's deadline on the working calendar is the one set when the step began");
        }
    }

    private static String toRegistryChecks(PortalClient portal) {
        String number = portal.form(LATE_ANSWERED_BIN).submitted();
        portal.assign(number, "executor").expect(200);
        assertEquals("REGISTRY_CHECKS", portal.completeness(number, true, null).expect(200).json()
                .getString("currentStep"));
        return number;
    }

    private static List<JsonObject> checks(JsonObject application) {
        return application.getJsonArray("checks").getValuesAs(JsonObject.class);
    }

    private static JsonObject specialAccounts(JsonObject application) {
        return checks(application).stream().filter(c -> c.getString("check").equals("SPECIAL_ACCOUNTS"))
                .findFirst().orElseThrow();
    }

    private static JsonObject registryStep(JsonObject application) {
        return application.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> "REGISTRY_CHECKS".equals(s.getString("code"))).findFirst().orElseThrow();
    }
}
