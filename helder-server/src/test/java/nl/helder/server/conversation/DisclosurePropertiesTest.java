package nl.helder.server.conversation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosurePropertiesTest {

    private static final Map<String, String> MESSAGE = Map.of("nl", "Je chat met onze AI-assistent.");
    private static final Map<String, String> BANNER = Map.of("nl", "AI-assistent");

    @Test
    void cannotBeSwitchedOffOrLeftEmpty() {
        assertThatThrownBy(() -> new DisclosureProperties(false, MESSAGE, BANNER)).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> new DisclosureProperties(true, Map.of(), BANNER)).hasMessageContaining("no texts");
        assertThatThrownBy(() -> new DisclosureProperties(true, Map.of("nl", " "), BANNER)).hasMessageContaining("is empty");
    }

    @Test
    void mustNameAiInEveryLanguage() {
        assertThatThrownBy(() -> new DisclosureProperties(true, Map.of("nl", "Hallo, hoe kan ik helpen?"), BANNER))
                .hasMessageContaining("must say that the customer talks to an AI");
        assertThatCode(() -> new DisclosureProperties(true, Map.of("de", "Sie chatten mit einem KI-Assistenten"),
                Map.of("de", "KI-Assistent"))).doesNotThrowAnyException();
        assertThatCode(() -> new DisclosureProperties(true, Map.of("fr", "Vous parlez avec un assistant IA"),
                Map.of("fr", "Assistant IA"))).doesNotThrowAnyException();
    }

    @Test
    void everyConversationLanguageNeedsBothTexts() {
        DisclosureProperties properties = new DisclosureProperties(true, MESSAGE, BANNER);

        assertThatCode(() -> properties.requireLanguages(List.of("nl"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> properties.requireLanguages(List.of("nl", "en"))).hasMessageContaining("missing for [en]");
    }
}
