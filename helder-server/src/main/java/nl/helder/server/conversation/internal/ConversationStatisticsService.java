package nl.helder.server.conversation.internal;

import nl.helder.server.conversation.ConversationStatistics;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Service
class ConversationStatisticsService implements ConversationStatistics {

    private static final int MAX_ROWS = 200_000;

    private final ConversationRepository repository;

    ConversationStatisticsService(ConversationRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<LocalDate, Long> noAnswersPerDay(Instant from, Instant to) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        repository.noAnswersBetween(from, to, MAX_ROWS).forEach(at -> perDay.merge(LocalDate.ofInstant(at, ZoneOffset.UTC), 1L, Long::sum));
        return perDay;
    }

    @Override
    public List<String> recentUnansweredQuestions(int limit) {
        return repository.questionsBeforeNoAnswers(Math.min(limit, 200));
    }
}
