package nl.helder.server.compliance.internal;

import nl.helder.server.audit.Audited;
import nl.helder.server.security.StaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * AI literacy of staff (AI Act Art. 4): scores quiz attempts, keeps a record per employee, and reports who is
 * trained, who is new (never trained) and whose training expired, per person and per role.
 */
@Service
class Literacy {

    enum Status { VALID, EXPIRED, MISSING }

    record Feedback(boolean correct, String explanation) {
    }

    record Attempt(int score, int questions, boolean passed, List<Feedback> feedback) {
    }

    record StaffStatus(String username, String displayName, List<String> roles, Status status, Instant lastPassedAt, Instant expiresAt,
                       Integer lastScore, Integer lastOf) {
    }

    record RoleCoverage(String role, int staff, int valid) {
    }

    record Report(String moduleId, String moduleVersion, int validityDays, List<StaffStatus> staff, List<RoleCoverage> coverage) {
    }

    private final LiteracyModule module;
    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Literacy(LiteracyModule module, JdbcClient jdbc, StaffDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.module = module;
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    LiteracyModule module() {
        return module;
    }

    @Transactional
    Attempt attempt(String username, String locale, List<Integer> answers) {
        List<LiteracyModule.QuizQuestion> quiz = module.in(locale).quiz();
        if (answers == null || answers.size() != quiz.size()) {
            throw new IllegalArgumentException("answers: one option index per question, " + quiz.size() + " in all");
        }
        int score = 0;
        List<Feedback> feedback = new ArrayList<>();
        for (int i = 0; i < quiz.size(); i++) {
            boolean correct = answers.get(i) != null && answers.get(i) == quiz.get(i).correct();
            score += correct ? 1 : 0;
            feedback.add(new Feedback(correct, quiz.get(i).explanation()));
        }
        boolean passed = score * 100 >= module.passPercentage() * quiz.size();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO literacy_record (id, username, module_id, module_version, score, questions, passed, completed_at)
                VALUES (:id, :username, :module, :version, :score, :questions, :passed, :at)""")
                .param("id", UUID.randomUUID()).param("username", username).param("module", module.id())
                .param("version", module.version()).param("score", score).param("questions", quiz.size()).param("passed", passed)
                .param("at", now.atOffset(ZoneOffset.UTC)).update();
        events.publishEvent(new Audited("LITERACY_QUIZ_COMPLETED", username, null,
                Map.of("module", module.id(), "version", module.version(), "score", score, "of", quiz.size(), "passed", passed), now));
        return new Attempt(score, quiz.size(), passed, List.copyOf(feedback));
    }

    StaffStatus statusOf(StaffDirectory.StaffMember member) {
        Instant now = clock.instant();
        Optional<Instant> lastPassed = jdbc.sql("""
                SELECT MAX(completed_at) FROM literacy_record WHERE username = :u AND module_id = :m AND passed""")
                .param("u", member.username()).param("m", module.id()).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
        Optional<int[]> last = jdbc.sql("""
                SELECT score, questions FROM literacy_record WHERE username = :u AND module_id = :m ORDER BY completed_at DESC LIMIT 1""")
                .param("u", member.username()).param("m", module.id())
                .query((rs, row) -> new int[] {rs.getInt("score"), rs.getInt("questions")}).optional();
        Instant expires = lastPassed.map(at -> at.plus(Duration.ofDays(module.validityDays()))).orElse(null);
        Status status = lastPassed.isEmpty() ? Status.MISSING : expires.isBefore(now) ? Status.EXPIRED : Status.VALID;
        return new StaffStatus(member.username(), member.displayName(), List.copyOf(member.roles()), status, lastPassed.orElse(null),
                expires, last.map(l -> l[0]).orElse(null), last.map(l -> l[1]).orElse(null));
    }

    Optional<StaffStatus> statusOf(String username) {
        return directory.find(username).map(this::statusOf);
    }

    Report report() {
        List<StaffStatus> staff = directory.all().stream().map(this::statusOf).toList();
        Map<String, int[]> perRole = new TreeMap<>();
        staff.forEach(s -> s.roles().forEach(role -> {
            int[] counts = perRole.computeIfAbsent(role, r -> new int[2]);
            counts[0]++;
            counts[1] += s.status() == Status.VALID ? 1 : 0;
        }));
        List<RoleCoverage> coverage = perRole.entrySet().stream().map(e -> new RoleCoverage(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Report(module.id(), module.version(), module.validityDays(), staff, coverage);
    }
}
