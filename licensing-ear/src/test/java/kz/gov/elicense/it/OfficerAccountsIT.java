package kz.gov.elicense.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officers' accounts in the database, over the API: the demo officers sign in from the account table through the
 * server's jdbc-realm; five wrong passwords in a row, through BASIC or the sign-in form, lock an account so that even
 * the right one is refused, and the audit trail has each failure and the lock-out; an officer of another division
 * finds none of this division's applications and cannot act on them, and each refusal is audited. The accounts the
 * test locks are its own, opened by the division's administrator (the demo accounts serve the other tests meanwhile);
 * only the administrator opens and unlocks accounts, and gives no auditor's or administrator's role.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficerAccountsIT {

    /** The bcrypt hash of "demo" (the seeded hash of the head's account: bcrypt keeps its salt with the hash). */
    private static final String DEMO_HASH = "$2a$10$lxTES4hbSgkbzseDRJWJiug50kDGkYJDjS2Gj1B3k2MCL4/AgaPcG";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final PortalClient portal = PortalClient.forTestServer();
    private final URI site = URI.create("http://127.0.0.1:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 100)) + "/");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theDemoOfficersSignInFromTheDatabase() throws Exception {
        for (String officer : List.of("head", "unithead", "executor", "clerk", "head2")) {
            assertEquals(200, basic("api/v1/office/notifications", officer, "demo"), officer);
            assertEquals(401, basic("api/v1/office/notifications", officer, "not-the-password"), officer);
        }
        assertEquals(200, basic("api/v1/applications", "150440001011", "demo"), "an applicant as before");
        // the auditor and the administrator (issue 7) work no case: their sign-in reaches the API, not the case desks
        for (String officer : List.of("auditor", "admin")) {
            assertEquals(200, basic("api/v1/procedures", officer, "demo"), officer);
            assertEquals(401, basic("api/v1/procedures", officer, "not-the-password"), officer);
            assertEquals(403, basic("api/v1/office/notifications", officer, "demo"), officer);
        }
    }

    @Test
    void onlyTheAdministratorOpensAccountsAndGivesNeitherTheAuditorsNorTheAdministratorsRole() {
        for (String caller : List.of("head", "auditor", "unithead")) {
            assertEquals(403, portal.post("office/accounts", caller, account("clerk-" + UUID.randomUUID()
                    .toString().substring(0, 8), "clerk")).status(), caller);
        }
        List<String> tried = new java.util.ArrayList<>();
        for (List<String> roles : List.of(List.of("auditor"), List.of("admin"), List.of("clerk", "admin"),
                List.of("executor", "auditor"))) {
            String name = "officer-" + UUID.randomUUID().toString().substring(0, 8);
            tried.add(name);
            PortalClient.Response refused = portal.post("office/accounts", "admin",
                    account(name, roles.toArray(String[]::new)));
            assertEquals(400, refused.status(), roles + ": " + refused.body());
            assertEquals("roles-invalid", refused.problem(), roles.toString());
            assertEquals(401, http(name), "no account " + name + " was opened");
        }
        assertTrue(portal.get("audit/entries?actor=admin", "auditor").expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().noneMatch(e -> tried.stream()
                        .anyMatch(e.getString("detail")::contains)), "no account with such a role was added");
    }

    @Test
    void fiveWrongPasswordsOverBasicLockTheAccountAndTheAuditTrailHasThem() throws Exception {
        String name = newOfficer("executor");
        assertEquals(200, basic("api/v1/office/notifications", name, "demo"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, basic("api/v1/office/notifications", name, "wrong-" + attempt), "attempt " + attempt);
        }
        assertEquals(401, basic("api/v1/office/notifications", name, "demo"), "locked: the right password is refused");

        List<JsonObject> trail = portal.get("audit/entries?actor=" + name, "auditor").expect(200).jsonArray()
                .getValuesAs(JsonObject.class);
        List<String> details = trail.stream().map(e -> e.getString("action") + " " + e.getString("detail")).toList();
        assertEquals(5, details.stream().filter(d -> d.startsWith("ACCESS_DENIED sign-in failed (BASIC)")).count(),
                details.toString());
        assertTrue(details.stream().anyMatch(d -> d.contains("5 in a row: the account is locked until")),
                details.toString());
        assertTrue(details.stream().anyMatch(d -> d.startsWith("ACCESS_DENIED sign-in refused (BASIC): the account is locked")),
                details.toString());
        assertTrue(details.stream().anyMatch(d -> d.startsWith("SIGN_IN signed in (BASIC)")), details.toString());

        assertEquals(403, portal.post("office/accounts/" + name + "/unlock", "head", "").status(),
                "the head of the provider no longer administers accounts");
        JsonObject unlocked = portal.post("office/accounts/" + name + "/unlock", "admin", "").expect(200).json();
        assertFalse(unlocked.containsKey("lockedUntil") && !unlocked.isNull("lockedUntil"), unlocked.toString());
        assertEquals(200, basic("api/v1/office/notifications", name, "demo"), "unlocked by the administrator");
    }

    @Test
    void theSignInFormCountsFailuresAndTellsALockedAccountSo() throws Exception {
        String name = newOfficer("clerk");
        for (int attempt = 1; attempt <= 4; attempt++) {
            String page = formSignIn(name, "wrong-" + attempt);
            assertTrue(page.contains("id=\"failed\""), page);
            assertFalse(page.contains("id=\"locked\""), "not locked yet at attempt " + attempt);
        }
        String fifth = formSignIn(name, "wrong-5");
        assertTrue(fifth.contains("id=\"locked\""), fifth);
        assertFalse(fifth.contains("id=\"failed\""), fifth);
        assertTrue(formSignIn(name, "demo").contains("id=\"locked\""), "the right password is refused while locked");

        String unknown = formSignIn("nobody-" + UUID.randomUUID().toString().substring(0, 8), "wrong");
        assertTrue(unknown.contains("id=\"failed\"") && !unknown.contains("id=\"locked\""),
                "an unknown name reads as any wrong password");
        List<String> details = portal.get("audit/entries?actor=" + name, "auditor").expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("detail")).toList();
        assertEquals(5, details.stream().filter(d -> d.startsWith("sign-in failed (FORM)")).count(), details.toString());
    }

    @Test
    void anOfficerOfAnotherDivisionNeitherSeesNorActsOnTheApplication() {
        String number = portal.form("150440001011").submitted();

        PortalClient.Response read = portal.get("applications/" + number, "head2");
        assertEquals(404, read.status(), read.body());
        assertEquals("not-found", read.problem());
        PortalClient.Response assign = portal.assign(number, "executor", "head2", "Take it");
        assertEquals(404, assign.status(), assign.body());
        assertTrue(portal.get("applications", "head2").expect(200).jsonArray().isEmpty(),
                "the second division has no applications");

        JsonObject untouched = portal.read(number, "head").expect(200).json();
        assertEquals("ASSIGN_EXECUTOR", untouched.getString("currentStep"), "head2's action changed nothing");
        List<JsonObject> denials = portal.get("audit/entries?actor=head2&subject=" + number, "auditor").expect(200)
                .jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("ACCESS_DENIED", "ACCESS_DENIED"),
                denials.stream().map(e -> e.getString("action")).toList(), denials.toString());
        assertTrue(denials.get(0).getString("detail").contains("another division"), denials.toString());

        PortalClient.Response toAnOutsider = portal.assign(number, "head2");
        assertEquals(400, toAnOutsider.status(), toAnOutsider.body());
        assertEquals("executor-unknown", toAnOutsider.problem(), "only an executor of the application's division");
        portal.assign(number, "executor").expect(200);
    }

    @Test
    void anApiClientSignsInOnceAtTheFormAndItsSessionServesTheApiWithOneAuditedSignIn() throws Exception {
        String name = newOfficer("executor");
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        formSignIn(client, name, "demo");
        for (int call = 1; call <= 3; call++) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(site.resolve("api/v1/office/notifications"))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), "call " + call + " with the session cookie: " + answer.body());
        }
        assertEquals(401, http.send(HttpRequest.newBuilder(site.resolve("api/v1/office/notifications"))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                "without the cookie the API asks for credentials");

        List<String> signIns = portal.get("audit/entries?actor=" + name, "auditor").expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals("SIGN_IN"))
                .map(e -> e.getString("detail")).toList();
        assertEquals(1, signIns.size(), signIns.toString());
        assertTrue(signIns.get(0).contains("FORM"), signIns.toString());
    }

    /** A new officer of the administrator's division with the password "demo", opened through the API. */
    private String newOfficer(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject added = portal.post("office/accounts", "admin", account(name, role)).expect(201).json();
        assertEquals("MVD-ASTANA", added.getString("division"));
        return name;
    }

    private static String account(String name, String... roles) {
        jakarta.json.JsonArrayBuilder granted = Json.createArrayBuilder();
        for (String role : roles) {
            granted.add(role);
        }
        return Json.createObjectBuilder().add("userName", name).add("passwordHash", DEMO_HASH).add("roles", granted)
                .build().toString();
    }

    /** What a BASIC sign-in with the name and the password "demo" gets from the API. */
    private int http(String name) {
        try {
            return basic("api/v1/procedures", name, "demo");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int basic(String path, String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(site.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Opens the inbox as a browser would (the sign-in page, a session) and posts the form; returns the page then. */
    private String formSignIn(String user, String password) throws Exception {
        return formSignIn(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build(), user, password);
    }

    /** As {@link #formSignIn(String, String)}, with the given client, which keeps the session's cookie. */
    private String formSignIn(HttpClient browser, String user, String password) throws Exception {
        HttpResponse<String> signInPage = browser.send(HttpRequest.newBuilder(site.resolve("office/inbox.xhtml"))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(signInPage.body().contains("j_security_check"), signInPage.body());
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(site.resolve("j_security_check"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return answer.body();
    }
}
