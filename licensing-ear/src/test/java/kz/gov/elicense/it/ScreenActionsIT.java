package kz.gov.elicense.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every action of the officers' screens (and the applicant's survey) against every role, as a table like the API's (AccessMatrixIT): each
 * visitor opens the page as their browser would and posts the action's form with what the page gave them (its view
 * state and its nonce), as a tampered browser or a stale page could even where the page does not show them the
 * form. A cell says what came of it: DONE (the application or licence changed), DENIED (nothing changed and the
 * refusal is an ACCESS_DENIED entry of that visitor in the audit trail), or what the page's opening already answered
 * (SIGNIN: the sign-in page; CABINET, INBOX, REGISTER: refused, audited, and taken to their own side). Each row acts on a
 * case of its own at the step the action belongs to, the owner's cell last.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreenActionsIT {

    private static final String LEGAL_ENTITY = "221140008086";
    private static final String OTHER_APPLICANT = "150440001011";
    private static final String INDIVIDUAL = "800101300125";
    private static final List<String> USERS = List.of("-", LEGAL_ENTITY, OTHER_APPLICANT, "clerk", "executor",
            "unithead", "head", "auditor", "admin", "head2");

    private static final String TABLE = """
            action               anon    applicant other   clerk   executor unithead head    auditor  admin    head2
            receive              SIGNIN  CABINET   CABINET DONE    DENIED   DENIED   DENIED  REGISTER REGISTER DENIED
            assign               SIGNIN  CABINET   CABINET DENIED  DENIED   DENIED   DONE    REGISTER REGISTER DENIED
            completeness         SIGNIN  CABINET   CABINET DENIED  DONE     DENIED   DENIED  REGISTER REGISTER DENIED
            feeReceipt           SIGNIN  CABINET   CABINET DENIED  DONE     DENIED   DENIED  REGISTER REGISTER DENIED
            draft                SIGNIN  CABINET   CABINET DENIED  DONE     DENIED   DENIED  REGISTER REGISTER DENIED
            sign                 SIGNIN  CABINET   CABINET DENIED  DENIED   DENIED   DONE    REGISTER REGISTER DENIED
            dispatch             SIGNIN  CABINET   CABINET DONE    DENIED   DENIED   DENIED  REGISTER REGISTER DENIED
            registerOperation    SIGNIN  CABINET   CABINET DENIED  DENIED   DENIED   DONE    REGISTER REGISTER DENIED
            survey               SIGNIN  DONE      DENIED  INBOX   INBOX    INBOX    INBOX   REGISTER REGISTER INBOX
            """;

    /** A field that is the action's button. */
    private static final String BUTTON = "<button>";

    private final PortalClient portal = PortalClient.forTestServer();
    private final ThroughTheApi api = new ThroughTheApi();
    private final FromAddress browser = new FromAddress("127.0.0.1");

    /** An action: the page it is on for a case, its form's fields, and how to read what it changes. */
    private record Action(Function<String, String> page, String form, Map<String, String> fields,
                          Function<String, String> state) {
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyActionOfTheScreensAnswersEveryRoleAsTheTableSays() throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String user : USERS) {
            cookies.put(user, "-".equals(user) ? null : "Cookie: " + SecurityHeadersIT.signedInCookie(browser, user));
        }
        // the cases are independent, and several wait for the registries' answers: prepared side by side
        ExecutorService preparing = Executors.newFixedThreadPool(4);
        Map<String, Future<String>> cases = new LinkedHashMap<>();
        cases().forEach((action, prepare) -> cases.put(action, preparing.submit(prepare::get)));
        preparing.shutdown();
        Map<String, Action> actions = actions();
        List<String> mismatches = new ArrayList<>();
        for (String row : TABLE.lines().skip(1).filter(l -> !l.isBlank()).toList()) {
            String[] cells = row.trim().split("\\s+");
            Action action = actions.get(cells[0]);
            String subject = cases.get(cells[0]).get(3, TimeUnit.MINUTES);
            List<Integer> order = new ArrayList<>();
            for (int column = 0; column < USERS.size(); column++) {
                order.add(column);
            }
            order.sort(Comparator.comparing(column -> "DONE".equals(cells[1 + column])));
            for (int column : order) {
                String user = USERS.get(column);
                String outcome = attempt(action, subject, user, cookies.get(user));
                String expected = cells[1 + column];
                if (!expected.equals(outcome)) {
                    mismatches.add(cells[0] + " as " + user + ": expected " + expected + ", got " + outcome);
                }
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    /** Opens the action's page as the visitor, posts its form with the page's view state and nonce, and tells. */
    private String attempt(Action action, String subject, String user, String cookie) {
        String page = action.page().apply(subject);
        String before = action.state().apply(subject);
        long denied = "-".equals(user) ? 0 : lastDenialOf(user);
        FromAddress.Answer opened = cookie == null ? browser.get(page) : browser.get(page, cookie);
        String location = opened.headers().getOrDefault("location", "");
        String refused = opened.status() == 200 && opened.body().contains("id=\"j_username\"") ? "SIGNIN"
                : opened.status() == 302 && location.endsWith("/cabinet/applications.xhtml") ? "CABINET"
                : opened.status() == 302 && location.endsWith("/register.xhtml") ? "REGISTER"
                : opened.status() == 302 && location.endsWith("/office/inbox.xhtml") ? "INBOX"
                : opened.status() != 200 ? String.valueOf(opened.status()) : null;
        if (refused != null) {
            boolean audited = "SIGNIN".equals(refused) || deniedSince(user, denied);
            return audited ? refused : refused + " (not audited)";
        }
        FromAddress.Answer posted = browser.post(page.replaceAll("\\?.*", ""), "application/x-www-form-urlencoded",
                post(opened.body(), action), cookie);
        if (posted.status() >= 500) {
            return "ERROR " + posted.status();
        }
        if (!before.equals(action.state().apply(subject))) {
            return "DONE";
        }
        return deniedSince(user, denied) ? "DENIED" : "IGNORED (not audited)";
    }

    /**
     * Whether the visitor has an ACCESS_DENIED entry after this sequence. A refusal by the container is recorded as
     * its error page's answer leaves (DenialAudit), so the entry may follow the answer by a moment: read again for a
     * while before calling it missing.
     */
    private boolean deniedSince(String user, long sequence) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            if (lastDenialOf(user) > sequence) {
                return true;
            }
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The action's form as its page would post it: the form's fields, its view state and the page's nonce. */
    private static String post(String body, Action action) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(body);
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(body);
        assertTrue(state.find() && nonce.find(), "the page gives a view state and a nonce");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(action.form(), action.form());
        // the button's own parameter carries its client id, as PrimeFaces' script posts it
        action.fields().forEach((name, value) -> fields.put(action.form() + ":" + name,
                BUTTON.equals(value) ? action.form() + ":" + name : value));
        fields.put("jakarta.faces.ViewState", state.group(1));
        fields.put("primefaces.nonce", nonce.group(1));
        StringBuilder post = new StringBuilder();
        fields.forEach((name, value) -> post.append(post.length() == 0 ? "" : "&").append(enc(name)).append('=')
                .append(enc(value)));
        return post.toString();
    }

    /** For each action, a case that waits at its step (or a licence, for the register's operation). */
    private Map<String, Supplier<String>> cases() {
        Map<String, Supplier<String>> cases = new LinkedHashMap<>();
        cases.put("receive", () -> api.weaponRegistrationAtReceipt(INDIVIDUAL));
        cases.put("assign", () -> api.submittedApplication(LEGAL_ENTITY));
        cases.put("completeness", () -> api.assignedTo(LEGAL_ENTITY, "executor"));
        cases.put("feeReceipt", () -> api.atReportWithUndecidedReceipt(LEGAL_ENTITY));
        cases.put("draft", () -> {
            String number = api.atReportStepFor(LEGAL_ENTITY);
            api.atReportStep(number);
            return number;
        });
        cases.put("sign", () -> api.licenceAwaitingSignature(LEGAL_ENTITY));
        cases.put("dispatch", () -> {
            String number = api.weaponRegistrationAtReceipt(INDIVIDUAL);
            portal.receive(number).expect(200);
            api.permitAwaitingDispatch(number);
            return number;
        });
        cases.put("registerOperation", () -> api.issuedLicence(LEGAL_ENTITY).licenceNumber());
        cases.put("survey", () -> api.issuedLicence(LEGAL_ENTITY).applicationNumber());
        return cases;
    }

    private Map<String, Action> actions() {
        Function<String, String> application = number -> "/office/application.xhtml?number=" + number;
        Function<String, String> caseState = number -> api.application(number).toString();
        String today = LocalDate.now(ZoneId.of("Asia/Almaty")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        Map<String, Action> actions = new LinkedHashMap<>();
        actions.put("receive", new Action(application, "receive", Map.of("submit", BUTTON), caseState));
        actions.put("assign", new Action(application, "assign",
                Map.of("executor", "executor", "instruction", "Check the premises.", "submit", BUTTON), caseState));
        actions.put("completeness", new Action(application, "completeness", Map.of("reason", "", "complete", BUTTON),
                caseState));
        actions.put("feeReceipt", new Action(application, "feeReceipt",
                Map.of("note", "The bank's stamp is on the receipt.", "confirm", BUTTON), caseState));
        actions.put("draft", new Action(application, "draft", Map.of("proposal", "LICENCE",
                "report", "The requirements are met.", "refusalReason", "", "submit", BUTTON), caseState));
        actions.put("sign", new Action(application, "sign", Map.of("submit", BUTTON), caseState));
        actions.put("dispatch", new Action(application, "dispatch",
                Map.of("method", "POST", "address", "Астана, Мәңгілік Ел, 8", "submit", BUTTON), caseState));
        actions.put("registerOperation", new Action(number -> "/office/licence.xhtml?number=" + number, "operation",
                Map.of("kind_input", "SUSPEND", "effectiveDate_input", today,
                        "legalBasis", "Order of the head, for the table of the screens' actions", "apply", BUTTON),
                number -> api.licence(number).toString()));
        actions.put("survey", new Action(number -> "/cabinet/application.xhtml?number=" + number, "survey",
                Map.of("process", "SATISFIED", "information", "PARTLY_SATISFIED", "comment", "", "send", BUTTON),
                number -> portal.get("surveys/summary", "head").expect(200).body()));
        return actions;
    }

    /** The sequence of the visitor's latest ACCESS_DENIED entry, read by the auditor (0 when none). */
    private long lastDenialOf(String actor) {
        List<JsonObject> entries = portal.get("audit/entries?max=50&actor=" + enc(actor), "auditor")
                .expect(200).jsonArray().getValuesAs(JsonObject.class);
        return entries.stream().filter(e -> "ACCESS_DENIED".equals(e.getString("action")))
                .mapToLong(e -> e.getJsonNumber("sequence").longValue()).max().orElse(0);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
