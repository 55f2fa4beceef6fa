package nl.helder.server.assistant;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import nl.helder.server.BrowserPage;
import nl.helder.server.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** In a real Chromium: the widget shows a streamed answer sentence by sentence, then the final message in its place. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.llm.provider=openai",
        "helder.llm.model=gpt-test",
        "helder.llm.streaming=true"})
class StreamingWidgetBrowserIT extends LlmStubIT {


    @Autowired
    KnowledgeBase knowledge;

    @RegisterExtension
    final BrowserPage browser = new BrowserPage(1280, 800);

    @Test
    void theAnswerAppearsSentenceBySentenceThenAsTheFinalMessage(Page page) {
        String question = "Hoe lang duurt de bezorging?";
        String[] sentences = knowledge.topMatches(question, "nl", 4).get(0).passage().split("(?<=\\.) ");
        // Four chunks over four seconds: the first sentence is complete after the second chunk, the answer after the last.
        STUB.answer(OpenAiStub.streamed(4_000, sentences[0] + " [1] ", sentences[1].substring(0, 8), sentences[1].substring(8) + " [1]"));
        page.navigate("http://localhost:" + port + "/");
        Locator input = page.getByLabel("Je bericht");
        assertThat(page.locator("li[data-kind=DISCLOSURE]")).hasCount(1);

        input.fill(question);
        input.press("Enter");

        Locator draft = page.locator("li.draft");
        assertThat(draft).containsText(sentences[0]);
        assertThat(draft).hasAttribute("aria-hidden", "true");
        assertThat(page.locator("li[data-kind=ANSWER]")).hasCount(0);

        Locator answer = page.locator("li[data-kind=ANSWER]");
        assertThat(answer).containsText(sentences[1], new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(draft).hasCount(0);
    }
}
