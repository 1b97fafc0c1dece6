package kz.gov.elicense.it.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Debian's Chromium, headless, driven through its own chromedriver (config/ci/ensure-chromium.sh installs both;
 * nothing is downloaded), against the test server; saves screenshots to target/screenshots as test artefacts.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String base;
    private final Path screenshots;
    private final String test;

    private Browser(ChromeDriver driver, String base, Path screenshots, String test) {
        this.driver = driver;
        this.base = base;
        this.screenshots = screenshots;
        this.test = test;
    }

    /** A fresh browser (no cookies, so Kazakh and signed out) for one test; a phone-sized window if asked. */
    static Browser open(String test, boolean narrow) {
        String chromium = env("CHROMIUM_BINARY", "/usr/bin/chromium");
        String chromedriver = env("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // without the networking flags Chromium reaches out to Google's hosts, which the build machine cannot
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-default-apps", "--window-size=" + (narrow ? "390,844" : "1280,1000"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
        Path screenshots = Path.of(System.getProperty("it.screenshots.dir", "target/screenshots"));
        return new Browser(new ChromeDriver(service, options), "http://127.0.0.1:" + (8080 + offset), screenshots, test);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Lays the pages out as on a phone this many CSS pixels wide. Chromium keeps a window at least 500 pixels wide
     * whatever {@code --window-size} asks, so a narrower screen is emulated through the DevTools protocol.
     */
    Browser phoneWidth(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    /** The width of the window in CSS pixels, its scroll bar included. */
    long windowWidth() {
        return ((Number) driver.executeScript("return window.innerWidth;")).longValue();
    }

    /** The elements that reach beyond the window's right edge (tag#id.class), the outermost first, at most five. */
    String beyondTheRightEdge() {
        return String.valueOf(driver.executeScript("const w = document.documentElement.clientWidth; const out = [];"
                + "for (const e of document.body.querySelectorAll('*')) {"
                + "  if (e.getBoundingClientRect().right > w + 1 && !out.some(o => o.contains(e))) out.push(e); }"
                + "return out.slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className"
                + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');"));
    }

    String base() {
        return base;
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element's text contains the given text, then returns the element's text. */
    String textOf(By by, String expected) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, expected));
        return driver.findElement(by).getText();
    }

    /** Waits until the element fulfils the condition (e.g. a field's value after an AJAX update); says what failed. */
    void waitFor(By by, java.util.function.Predicate<WebElement> condition, String what) {
        new WebDriverWait(driver, WAIT).withMessage(what).until(d -> condition.test(d.findElement(by)));
    }

    /** Waits until the element is hidden or gone, e.g. a dialog after its answer. */
    void gone(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Replaces a field's text as a person does (select all, type), for widgets that refill a cleared field. */
    void replace(By by, String text) {
        WebElement field = find(by);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses a file in a file input (present, not necessarily visible). */
    void upload(By by, Path file) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by))
                .sendKeys(file.toAbsolutePath().toString());
    }

    void click(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Chooses the option with this value in a select element. */
    void select(By by, String value) {
        new org.openqa.selenium.support.ui.Select(find(by)).selectByValue(value);
    }

    /** Clicks a link or button that loads a new page, and waits until the new page is there. */
    void clickAndLoad(By by) {
        WebElement old = driver.findElement(By.tagName("html"));
        click(by);
        new WebDriverWait(driver, WAIT).until(d -> isGone(old));
    }

    /**
     * Whether the element's document has been replaced. Chromedriver tells a node of a replaced document either as
     * a stale element or, while the new document is being attached, as "node does not belong to the document";
     * both mean the old page is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Scrolls the element into the middle of the window, so that a screenshot shows it. */
    void scrollTo(By by) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", find(by));
    }

    String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    String url() {
        return driver.getCurrentUrl();
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    String attribute(By by, String name) {
        return find(by).getAttribute(name);
    }

    /** Keys pressed in whatever has the focus, as a keyboard user does. */
    void keys(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** Keys pressed in whatever has the focus that load a new page (Enter on a button); waits for the new page. */
    void keysAndLoad(CharSequence... keys) {
        WebElement old = driver.findElement(By.tagName("html"));
        keys(keys);
        new WebDriverWait(driver, WAIT).until(d -> isGone(old));
    }

    /** The id of the element that has the focus (empty when it has none). */
    String focused() {
        String id = driver.switchTo().activeElement().getAttribute("id");
        return id == null ? "" : id;
    }

    /** By how many CSS pixels the page is wider than the window: more than 0 means sideways scrolling. */
    long overflow() {
        return ((Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    /** All elements the locator finds, in page order (none if there are none). */
    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** The texts of all elements the locator finds, in page order. */
    List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    /**
     * Fetches an address from within the page, with the page's session as a link would, and tells
     * "status content-type first-four-bytes", e.g. {@code 200 application/pdf %PDF}.
     */
    String fetch(String address) {
        Object answer = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'})"
                + ".then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type') + ' '"
                + " + String.fromCharCode(...new Uint8Array(b).slice(0, 4)))))"
                + ".catch(e => done('failed ' + e));", address);
        return String.valueOf(answer);
    }

    /** Runs an asynchronous script in the page: it calls its last argument with the result, which is returned. */
    Object script(String asyncScript, Object... args) {
        return driver.executeAsyncScript(asyncScript, args);
    }

    /** Deletes the session cookie: the next request is a stranger's, as from another computer. */
    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(test + "-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
