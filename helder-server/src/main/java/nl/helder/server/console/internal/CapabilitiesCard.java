package nl.helder.server.console.internal;

import nl.helder.server.handoff.HandoffReason;
import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.KnowledgeBase;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What the assistant can and cannot do, why it handed this conversation over, and words to tell the customer
 * that they spoke with an AI: AI-literacy support for staff (AI Act Art. 4), shown next to each conversation.
 * The lists are for staff (in English); the explanation is in the customer's language.
 */
@Component
class CapabilitiesCard {

    record Card(List<String> canDo, List<String> cannotDo, String handoffReason, String explainToCustomer) {
    }

    private final KnowledgeBase knowledge;
    private final MessageSource messages;

    CapabilitiesCard(KnowledgeBase knowledge, MessageSource messages) {
        this.knowledge = knowledge;
        this.messages = messages;
    }

    Card forConversation(String customerLocale, HandoffReason reason, String agentName) {
        List<Article> articles = knowledge.articles();
        String languages = String.join(", ", new TreeSet<>(articles.stream().map(Article::locale).toList()));
        List<String> canDo = List.of(
                staff("card.can.answer", articles.size(), languages),
                staff("card.can.sources"),
                staff("card.can.unknown"),
                staff("card.can.handoff"),
                staff("card.can.redact"));
        List<String> cannotDo = List.of(
                staff("card.cannot.decide"),
                staff("card.cannot.personal-data"),
                staff("card.cannot.accounts"),
                staff("card.cannot.promise"),
                staff("card.cannot.remember"));
        String why = reason == null ? null : staff("card.reason." + reason.name());
        String explain = messages.getMessage("card.explain", new Object[] {agentName}, Locale.forLanguageTag(customerLocale));
        return new Card(canDo, cannotDo, why, explain);
    }

    private String staff(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.ENGLISH);
    }
}
