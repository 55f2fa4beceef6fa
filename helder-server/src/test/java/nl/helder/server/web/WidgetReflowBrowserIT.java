package nl.helder.server.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.helder.server.BrowserSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 1.4.10 Reflow and 1.4.4 Resize text: the widget at 400 % zoom (320x256 CSS pixels, as 1280x1024 at 400 %)
 * and at 200 % zoom (640x400 CSS pixels at device scale 2, as 1280x800 at 200 %). The disclosure, a line of the
 * answer, the message box and the close button must be readable or usable where they are, or after scrolling
 * them into view the way a keyboard or screen-reader user would, and nothing may need sideways scrolling.
 */
class WidgetReflowBrowserIT extends AccessibleApplicationIT {

    @ParameterizedTest(name = "{0}x{1} at device scale {2}")
    @CsvSource({"320, 256, 1", "640, 400, 2"})
    void theAnswerTheDisclosureAndTheMessageBoxCanBeReadAndReached(int width, int height, double scale) {
        try (BrowserContext context = BrowserSupport.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setDeviceScaleFactor(scale))) {
            Page page = context.newPage();
            page.navigate(url("/en.html"));

            // On a screen this small the open chat fills it: data-open leaves the page readable until asked.
            Locator launcher = page.getByRole(AriaRole.BUTTON, named("Open chat"));
            assertThat(launcher).isVisible();
            assertThat(page.getByRole(AriaRole.DIALOG)).isHidden();
            assertThat(OnScreen.measure(launcher).whollyVisible()).as("launcher").isTrue();
            launcher.press("Enter");

            Locator banner = page.getByTestId("disclosure-banner");
            assertThat(banner).hasText("You are chatting with our AI assistant");
            banner.scrollIntoViewIfNeeded();
            assertThat(OnScreen.measure(banner).showsALine()).as("disclosure banner %s", OnScreen.measure(banner)).isTrue();
            Locator input = page.getByLabel("Your message");
            assertThat(input).isFocused();
            assertThat(OnScreen.measure(input).whollyVisible()).as("message box %s", OnScreen.measure(input)).isTrue();

            input.fill("How many days do I have to return something?");
            input.press("Enter");
            Locator answer = page.locator("li[data-kind=ANSWER] .text");
            assertThat(answer).containsText("30 days");
            assertThat(OnScreen.measure(answer).showsALine()).as("answer %s", OnScreen.measure(answer)).isTrue();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/widget-" + width + "x" + height + ".png")));

            Locator disclosure = page.locator("li[data-kind=DISCLOSURE] .text");
            disclosure.scrollIntoViewIfNeeded();
            assertThat(OnScreen.measure(disclosure).showsALine()).as("disclosure message %s", OnScreen.measure(disclosure)).isTrue();
            input.blur();
            input.focus();
            assertThat(OnScreen.measure(input).whollyVisible()).as("message box again %s", OnScreen.measure(input)).isTrue();
            Locator close = page.getByRole(AriaRole.BUTTON, named("Close chat window"));
            close.focus();
            assertThat(OnScreen.measure(close).whollyVisible()).as("close button %s", OnScreen.measure(close)).isTrue();

            Locator human = page.getByRole(AriaRole.BUTTON, named("Talk to a person"));
            human.focus();
            assertThat(OnScreen.measure(human).whollyVisible()).as("talk to a person %s", OnScreen.measure(human)).isTrue();
            human.press("Enter");
            Locator contact = page.getByLabel("Your e-mail address or phone number");
            assertThat(contact).isFocused();
            assertThat(OnScreen.measure(contact).whollyVisible()).as("ticket form %s", OnScreen.measure(contact)).isTrue();

            Object sideways = page.evaluate("() => { const panel = document.getElementById('helder-widget').shadowRoot.querySelector('.panel');"
                    + " return [document.documentElement.scrollWidth - window.innerWidth, panel.scrollWidth - panel.clientWidth]; }");
            assertThat(sideways).as("sideways overflow of the page and the panel").isEqualTo(java.util.List.of(0, 0));
        }
    }
}
