package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint of the portal API (the resources of kz.gov.elicense.portal.boundary, as in openapi.yaml) against
 * every role (the e-government portal as a system too, with its certificate over TLS), with the status each must get written in the table below; and for each denial that the application
 * itself decides (a session bean's 403, the container's 403 of a security constraint, and the 404 an applicant
 * gets for another's application), an ACCESS_DENIED entry in the audit trail. An anonymous caller's 401 comes
 * from the sign-in mechanism before the application is reached and is not an audit entry (a browser's or client's
 * first call without credentials is one too).
 * <p>
 * Changing operations are called on an application, licence or dead letter that does not exist: a role that may
 * call them gets 404 (or 400 where the body is checked first), one that may not gets 403, and nothing changes
 * whichever answers. Reading operations are called on a real application of the owner. The demo PKI's and payment
 * gateway's endpoints (demo mode only) and the simulated registries (loopback only) are not the portal's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final String OWNER_BIN = "221140008086";
    private static final String OTHER_BIN = "150440001011";
    /** The columns: who calls. */
    /** The e-government portal as a system: its TLS client certificate on the https listener, no password. */
    private static final String PORTAL = "portal.egov.kz";
    private static final List<String> USERS = List.of("-", OWNER_BIN, OTHER_BIN, "clerk", "executor", "unithead", "head",
            PORTAL, "auditor", "admin", "head2");

    // {app}: the owner's application; {none}: an application number that does not exist; {lic}: no such licence;
    // {letter}: no such dead letter. Worth knowing: another applicant's application is 404 wherever it is named
    // (as if absent, and audited); office/notifications are the caller's own, an applicant's too; the survey
    // summary is aggregate figures for every officer; only the head of the provider signs. The portal submits
    // (IdempotentSubmissionIT, PortalSystemIT) and reads the applications that came through it (the owner's did),
    // and nothing else but the public register and the list of services.
    // The auditor reads and verifies the audit trail, the administrator opens and unlocks accounts (a body of no
    // roles is 400); neither works a case or reads one (issue 7). head2 is the head of another division
    // (MVD-ALMATY): the owner's application (of MVD-ASTANA) is 404 to it wherever named, its lists are its own.
    private static final String TABLE = """
            method path                                           anon owner other clerk exec unit head  portal auditor admin head2
            GET    applications                                    401   200   200   200   200   200   200   403   403   403   200
            GET    applications/inbox                              401   403   403   200   200   200   200   403   403   403   200
            GET    applications/{app}                              401   200   404   200   200   200   200   200   403   403   404
            GET    applications/{app}/completeness                 401   403   404   200   200   200   200   403   403   403   404
            GET    applications/{app}/result/document              401   404   404   404   404   404   404   404   403   403   404
            GET    applications/{app}/result/signature             401   404   404   404   404   404   404   404   403   403   404
            POST   applications/{none}/survey                      401   404   404   403   403   403   403   403   403   403   403
            POST   applications/{none}/signature-check             401   403   403   404   404   404   404   403   403   403   404
            POST   applications/{none}/executor                    401   403   403   403   403   404   404   403   403   403   404
            POST   applications/{none}/completeness                401   403   403   403   404   403   403   403   403   403   403
            POST   applications/{none}/result                      401   403   403   403   404   403   403   403   403   403   403
            POST   applications/{none}/signature                   401   403   403   403   403   403   404   403   403   403   404
            POST   applications/{none}/receipt                     401   403   403   404   403   403   403   403   403   403   403
            POST   applications/{none}/dispatch                    401   403   403   404   403   403   403   403   403   403   403
            POST   applications/{none}/payments                    401   404   404   403   403   403   403   403   403   403   403
            POST   applications/{none}/fee-receipt                 401   403   403   403   404   403   403   403   403   403   403
            GET    audit/verification                              401   403   403   403   403   403   403   403   200   403   403
            GET    audit/entries                                   401   403   403   403   403   403   403   403   200   403   403
            POST   counter/lookups                                 401   403   403   400   400   403   403   403   403   403   403
            GET    counter/lookups/0                               401   403   403   404   404   403   403   403   403   403   403
            POST   counter/applications                            401   403   403   400   400   403   403   403   403   403   403
            GET    office/dead-letters                             401   403   403   403   403   403   200   403   403   403   200
            POST   office/dead-letters/{letter}/redrive            401   403   403   403   403   403   404   403   403   403   404
            POST   office/accounts                                 401   403   403   403   403   403   403   403   403   400   403
            POST   office/accounts/nobody/unlock                   401   403   403   403   403   403   403   403   403   404   403
            GET    licences                                        200   200   200   200   200   200   200   200   200   200   200
            GET    licences/{lic}                                  404   404   404   404   404   404   404   404   404   404   404
            GET    licences/{lic}/history                          404   404   404   404   404   404   404   404   404   404   404
            GET    licences/{lic}/document                         404   404   404   404   404   404   404   404   404   404   404
            GET    licences/{lic}/signature                        404   404   404   404   404   404   404   404   404   404   404
            POST   licences/{lic}/suspension                       401   403   403   403   403   403   404   403   403   403   404
            POST   licences/{lic}/resumption                       401   403   403   403   403   403   404   403   403   403   404
            POST   licences/{lic}/termination                      401   403   403   403   403   403   404   403   403   403   404
            GET    notifications                                   401   200   200   200   200   200   200   403   403   403   200
            GET    office/notifications                            401   200   200   200   200   200   200   403   403   403   200
            GET    office/journals/INCOMING?from=2026-01-05        401   403   403   200   200   200   200   403   403   403   200
            GET    office/reports/deadlines                        401   403   403   200   200   200   200   403   403   403   200
            GET    procedures                                      401   200   200   200   200   200   200   200   200   200   200
            GET    surveys/summary                                 401   403   403   200   200   200   200   403   403   403   200
            GET    weapons?make=x&serialNumber=y                   401   403   403   200   200   200   200   403   403   403   200
            GET    weapons/0                                       401   403   403   404   404   404   404   403   403   403   404
            GET    weapons/0/permits                               401   403   403   404   404   404   404   403   403   403   404
            GET    weapons/permits/none                            401   404   404   404   404   404   404   403   403   403   404
            GET    weapons/applications/{app}                      401   404   404   404   404   404   404   403   403   403   404
            GET    weapons/applications/{app}/permit               401   404   404   404   404   404   404   403   403   403   404
            GET    weapons/applications/{app}/cover-letter         401   404   404   404   404   404   404   403   403   403   404
            GET    weapons/applications/{app}/permit/signature     401   404   404   404   404   404   404   403   403   403   404
            POST   payment-callbacks                               401   401   401   401   401   401   401   401   401   401   401
            """;

    /** The bodies of the changing operations: well-formed, so that only who calls decides the answer. */
    private static final Map<String, String> BODIES = Map.of(
            "survey", "{\"process\":\"SATISFIED\",\"information\":\"SATISFIED\",\"comment\":\"ok\"}",
            "executor", "{\"executor\":\"executor\"}",
            "completeness", "{\"complete\":true}",
            "result", "{\"proposal\":\"LICENCE\",\"report\":\"fine\"}",
            "dispatch", "{\"method\":\"PORTAL\"}",
            "fee-receipt", "{\"confirmed\":true}",
            "suspension", "{\"legalBasis\":\"test\",\"effectiveDate\":\"2030-01-01\"}",
            "resumption", "{\"legalBasis\":\"test\",\"effectiveDate\":\"2030-01-01\"}",
            "termination", "{\"legalBasis\":\"test\",\"effectiveDate\":\"2030-01-01\"}",
            "payment-callbacks", "{}");

    private final PortalClient portal = PortalClient.forTestServer();
    private final PortalSystemClient system = PortalSystemClient.withCertificate(PortalSystemClient.PORTAL);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheTableSaysAndEveryDenialIsAudited() {
        String application = portal.form(OWNER_BIN).submitted();
        long auditedBefore = lastDenial();
        List<String> mismatches = new ArrayList<>();
        List<Cell> denials = new ArrayList<>();
        List<String> rows = TABLE.lines().skip(1).filter(l -> !l.isBlank()).toList();
        for (String row : rows) {
            String[] cells = row.trim().split("\\s+");
            String method = cells[0];
            String path = cells[1].replace("{app}", application).replace("{none}", "SEC-2099-999999")
                    .replace("{lic}", "NO-SUCH-LICENCE").replace("{letter}", "00000000-0000-0000-0000-000000000000");
            for (int column = 0; column < USERS.size(); column++) {
                String user = "-".equals(USERS.get(column)) ? null : USERS.get(column);
                int expected = Integer.parseInt(cells[2 + column]);
                int actual = call(method, path, user);
                if (actual != expected) {
                    mismatches.add(method + " " + cells[1] + " as " + USERS.get(column) + ": expected " + expected
                            + ", got " + actual);
                }
                if (actual == 403 || actual == 404 && path.equals("applications/" + application)) {
                    denials.add(new Cell(user, "/api/v1/" + path.replaceAll("\\?.*", ""), actual, application));
                }
            }
        }
        assertTrue(mismatches.isEmpty(), "answers differing from the table:\n" + String.join("\n", mismatches));

        List<JsonObject> audited = deniedAfter(auditedBefore);
        Set<String> recorded = audited.stream()
                .map(e -> e.getString("actor") + " " + e.getString("subject", ""))
                .collect(Collectors.toSet());
        List<String> unaudited = denials.stream()
                .filter(d -> !recorded.contains(d.actor() + " " + d.subject()))
                .map(Cell::toString)
                .toList();
        assertTrue(unaudited.isEmpty(), "denials without an ACCESS_DENIED entry:\n" + String.join("\n", unaudited)
                + "\nrecorded: " + recorded);
    }

    @Test
    void anotherApplicantReadingOrChangingAnApplicationByItsNumberGetsNotFoundAndNothingChanges() {
        String application = portal.form(OWNER_BIN).submitted();
        JsonObject before = portal.read(application, OWNER_BIN).expect(200).json();
        long auditedBefore = lastDenial();

        PortalClient.Response read = portal.read(application, OTHER_BIN);
        assertEquals(404, read.status(), read.body());
        assertEquals("not-found", read.problem());
        assertEquals(404, portal.get("applications/SEC-2099-999999", OTHER_BIN).status(),
                "the same answer as for a number that does not exist");
        // the applicant's own changes answer as if the application were absent; the signature re-check is the
        // officers' and refused to any applicant by role
        for (Map.Entry<String, Integer> change : Map.of("survey", 404, "payments", 404, "signature-check", 403)
                .entrySet()) {
            PortalClient.Response changed = portal.post("applications/" + application + "/" + change.getKey(),
                    OTHER_BIN, BODIES.getOrDefault(change.getKey(), ""));
            assertEquals(change.getValue(), changed.status(), change.getKey() + ": " + changed.body());
        }
        assertEquals(404, portal.get("weapons/applications/" + application, OTHER_BIN).status());
        assertTrue(portal.get("applications", OTHER_BIN).expect(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().noneMatch(a -> application.equals(a.getString("number"))), "not in the other's list");

        JsonObject after = portal.read(application, OWNER_BIN).expect(200).json();
        assertEquals(before.getString("status"), after.getString("status"));
        assertEquals(before.get("history"), after.get("history"));
        assertEquals(before.get("payment"), after.get("payment"));
        assertTrue(deniedAfter(auditedBefore).stream().anyMatch(e -> OTHER_BIN.equals(e.getString("actor"))
                        && application.equals(e.getString("subject", null))),
                "the attempt on another's application is in the audit trail");
    }

    private int call(String method, String path, String user) {
        String last = path.replaceAll("\\?.*", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        if (PORTAL.equals(user)) {
            try {
                return switch (method) {
                    case "GET" -> system.get(path).status();
                    case "POST" -> system.post(path, BODIES.getOrDefault(last, "{}")).status();
                    default -> throw new IllegalArgumentException(method);
                };
            } catch (java.io.IOException e) {
                throw new IllegalStateException(method + " " + path + " as the portal", e);
            }
        }
        return switch (method) {
            case "GET" -> portal.get(path, user).status();
            case "POST" -> portal.post(path, user, BODIES.getOrDefault(last, "{}")).status();
            default -> throw new IllegalArgumentException(method);
        };
    }

    private long lastDenial() {
        List<JsonObject> all = deniedAfter(0);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).getJsonNumber("sequence").longValue();
    }

    /** The ACCESS_DENIED entries after a sequence number, read by the auditor page by page. */
    private List<JsonObject> deniedAfter(long after) {
        List<JsonObject> entries = new ArrayList<>();
        long from = after;
        while (true) {
            List<JsonObject> page = portal.get("audit/entries?action=ACCESS_DENIED&max=1000&after=" + from, "auditor")
                    .expect(200).jsonArray().getValuesAs(JsonObject.class);
            entries.addAll(page);
            if (page.size() < 1000) {
                return entries;
            }
            from = page.get(page.size() - 1).getJsonNumber("sequence").longValue();
        }
    }

    private record Cell(String user, String path, int status, String application) {
        String actor() {
            return user == null ? "anonymous" : user;
        }

        /** What the entry names: the application (a foreign read, 404) or the path (a 403). */
        String subject() {
            return status == 404 ? application : path;
        }
    }
}
