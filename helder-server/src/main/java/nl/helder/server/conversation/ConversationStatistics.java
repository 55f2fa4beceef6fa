package nl.helder.server.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Figures about conversations for the compliance dashboard; texts are the stored (redacted) ones. */
public interface ConversationStatistics {

    /** How many answers were {@code NO_ANSWER}, per UTC day in {@code [from, to)}. */
    Map<LocalDate, Long> noAnswersPerDay(Instant from, Instant to);

    /** The newest customer questions the assistant could not answer: material to improve the knowledge base. */
    List<String> recentUnansweredQuestions(int limit);
}
