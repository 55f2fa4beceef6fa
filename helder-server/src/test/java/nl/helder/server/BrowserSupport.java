package nl.helder.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts the system's Chromium (Debian package {@code chromium}) under Playwright, without Playwright's own
 * browser download. Without a browser the test is skipped on a developer machine, but fails under CI
 * ({@code CI=true}), so browser tests can never silently stop running there.
 */
public final class BrowserSupport {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

    private BrowserSupport() {
    }

    public static Path chromium() {
        String configured = System.getenv("HELDER_CHROMIUM");
        Path found = Stream.of(configured, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .filter(candidate -> candidate != null && !candidate.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (found == null) {
            String message = "No Chromium found (install Debian's chromium package or set HELDER_CHROMIUM)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": browser tests must run in CI");
            }
            Assumptions.abort(message);
        }
        return found;
    }

    private static Playwright playwright;
    private static Browser browser;

    /**
     * The one headless Chromium of this test JVM, started on first use and closed when the JVM exits: browser
     * tests open their own context in it, which is as isolated as a new browser and far cheaper.
     */
    public static synchronized Browser browser() {
        if (browser == null) {
            Path executable = chromium();
            playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGS));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** Signs in on the login page the browser was sent to, as staff do, and waits until it has left it. */
    public static void signIn(com.microsoft.playwright.Page page, String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
