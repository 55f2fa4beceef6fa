package nl.helder.server.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.helder.server.BrowserPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyboard only (WCAG 2.1.1, 2.4.3, 3.3.1): the widget from page load to a message left for a person, with the
 * form's errors in the widget's language, and the agent console from sign-in to a reply. No mouse is used.
 */
class KeyboardBrowserIT extends AccessibleApplicationIT {

    /** The accessible name of the focused element, looking into shadow roots. */
    private static final String FOCUSED = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
              if (!el || el === document.body) { return 'BODY'; }
              const label = el.getAttribute('aria-label') || (el.labels && el.labels.length ? el.labels[0].textContent : el.textContent);
              return label.trim().replace(/\\s+/g, ' ');
            }""";

    @RegisterExtension
    final BrowserPage browser = new BrowserPage(1280, 800);

    private static String focused(Page page) {
        return (String) page.evaluate(FOCUSED);
    }

    /** Presses Tab until the focus is on what {@code target} accepts; returns the names passed on the way. */
    private static List<String> tabUntil(Page page, Predicate<String> target) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            String name = focused(page);
            passed.add(name);
            if (target.test(name)) {
                return passed;
            }
        }
        throw new AssertionError("never reached by Tab; passed " + passed);
    }

    @Test
    void theWidgetFromPageLoadToAMessageLeftForAPerson(Page page) {
        page.navigate(url("/"));
        Locator launcher = page.locator("button.launcher");
        assertThat(page.locator("li[data-kind=DISCLOSURE]")).hasCount(1);
        assertThat(launcher).hasAttribute("aria-expanded", "true");
        assertThat(focused(page)).as("data-open does not take the focus from the page").isEqualTo("BODY");

        // Page content first, then the launcher, then the chat: its conversation, message box, send, a person.
        List<String> order = tabUntil(page, "Praat met een medewerker"::equals);
        int launcherAt = order.indexOf("Chat sluiten");
        int inputAt = order.indexOf("Je bericht");
        assertThat(order.subList(0, 3)).as("the page's own links come first").containsExactly("Meubels", "Verlichting", "Klantenservice");
        assertThat(launcherAt).as("launcher in %s", order).isPositive();
        assertThat(order.subList(launcherAt + 1, inputAt)).containsExactly("Chatvenster sluiten", "Berichten");
        assertThat(order.subList(inputAt, order.size())).containsExactly("Je bericht", "Verstuur", "Praat met een medewerker");

        page.keyboard().press("Escape");
        assertThat(page.getByRole(AriaRole.DIALOG)).isHidden();
        assertThat(launcher).isFocused();
        assertThat(launcher).hasAccessibleName("Chat openen");
        page.keyboard().press("Enter");
        Locator input = page.getByLabel("Je bericht");
        assertThat(input).isFocused();

        page.keyboard().type("Hoe lang heb ik om iets terug te sturen?");
        page.keyboard().press("Enter");
        assertThat(page.locator("li[data-kind=ANSWER]")).containsText("30 dagen");
        assertThat(input).isFocused();

        tabUntil(page, "Praat met een medewerker"::equals);
        page.keyboard().press("Enter");
        Locator contact = page.getByLabel("Je e-mailadres of telefoonnummer");
        Locator question = page.getByLabel("Je vraag voor een medewerker");
        assertThat(contact).isFocused();

        // Errors: found by the widget (empty question) and by the server (no real address), told in Dutch at the field.
        page.keyboard().type("geen adres");
        tabUntil(page, "Bericht achterlaten"::equals);
        page.keyboard().press("Enter");
        assertThat(question).isFocused();
        assertThat(question).hasAttribute("aria-invalid", "true");
        assertThat(question).hasAccessibleDescription("Vul je vraag in.");
        assertThat(contact).not().hasAttribute("aria-invalid", "true");

        page.keyboard().type("Bel me terug over mijn retour");
        assertThat(question).not().hasAttribute("aria-invalid", "true");
        tabUntil(page, "Bericht achterlaten"::equals);
        page.keyboard().press("Enter");
        assertThat(contact).isFocused();
        assertThat(contact).hasAttribute("aria-invalid", "true");
        assertThat(contact).hasAccessibleDescription("Vul een e-mailadres of telefoonnummer in waarop we je kunnen bereiken.");
        assertThat(page.locator(".status")).not().containsText("Give an e-mail address");

        page.keyboard().press("Control+A");
        page.keyboard().type("sanne@example.nl");
        assertThat(contact).not().hasAttribute("aria-invalid", "true");
        tabUntil(page, "Bericht achterlaten"::equals);
        page.keyboard().press("Enter");
        assertThat(page.locator("li[data-kind=NOTICE]").last()).containsText("Je referentienummer is HLD-");

        page.keyboard().press("Escape");
        assertThat(launcher).isFocused();
        assertThat(launcher).hasAttribute("aria-expanded", "false");
    }

    @Test
    void theAgentConsoleFromSignInToAReply(Page page) {
        agent("noor", "Noor");
        JsonNode customer = client.startConversation("nl");
        String id = customer.get("id").asString();
        // Other tests leave conversations waiting in the shared database: this one is told apart by its preview.
        assertThat(client.say(customer, "Waar blijft pakket 4711?").status()).isEqualTo(200);
        assertThat(client.post("/api/v1/conversations/" + id + "/handoff", null,
                "Authorization", "Bearer " + customer.get("token").asString()).status()).isEqualTo(200);

        page.navigate(url("/console/"));
        assertThat(page.getByLabel("Username")).isFocused();
        page.keyboard().type("noor");
        page.keyboard().press("Tab");
        page.keyboard().type("noor-password-123");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Agent console");
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Online: customers can reach you");
        assertThat(page.locator("button[data-conversation='" + id + "']")).isVisible();

        tabUntil(page, name -> name.startsWith("Asked with the button") && name.contains("pakket 4711"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#conversation-title")).isFocused();
        tabUntil(page, "Claim"::equals);
        page.keyboard().press("Enter");
        Locator reply = page.getByLabel("Reply to the customer");
        assertThat(reply).isFocused();
        page.keyboard().type("Hoi, ik ben Noor. Waarmee kan ik je helpen?");
        page.keyboard().press("Enter");
        Locator transcript = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Transcript"));
        assertThat(transcript.locator("li[data-kind=AGENT]")).containsText("Hoi, ik ben Noor.");
        assertThat(reply).isFocused();

        tabUntil(page, "Close conversation"::equals);
        page.keyboard().press("Enter");
        assertThat(page.locator("#conversation-facts")).containsText("closed");
        // The console moves the focus once the close and the queue refresh have both answered: wait for it to settle.
        List<String> inConversation = List.of("Close conversation", "Conversation " + id.substring(0, 8));
        try {
            page.waitForCondition(() -> inConversation.contains(focused(page)), new Page.WaitForConditionOptions().setTimeout(5_000));
        } catch (com.microsoft.playwright.TimeoutError settled) {
            // the assertion below says where the focus went instead
        }
        assertThat(focused(page)).as("the focus stays in the conversation").isIn(inConversation);
    }
}
