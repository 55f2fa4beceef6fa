package nl.helder.server.compliance.internal;

import nl.helder.server.audit.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Vendors of AI systems and what they answered to the questions of the rules file: the deployer stays
 * responsible even when the vendor is not compliant, so it asks, keeps the answers and documents, and decides.
 */
@Service
class Vendors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Status { NOT_ASSESSED, IN_REVIEW, APPROVED, REJECTED }

    /** @param satisfactory whether the answer meets what the deployer needs; {@code null} while not judged */
    record Answer(String answer, Boolean satisfactory) {
    }

    record Document(String title, String url) {
    }

    record Vendor(UUID id, String name, String contact, Status status, Map<String, Answer> answers, List<Document> documents,
                  Instant updatedAt, String updatedBy) {
    }

    record Change(String name, String contact, Status status, Map<String, Answer> answers, List<Document> documents) {
    }

    private final JdbcClient jdbc;
    private final Classifier classifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Vendors(JdbcClient jdbc, Classifier classifier, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.classifier = classifier;
        this.events = events;
        this.clock = clock;
    }

    List<Vendor> all() {
        return jdbc.sql("SELECT * FROM vendor ORDER BY name").query((rs, row) -> new Vendor(rs.getObject("id", UUID.class),
                rs.getString("name"), rs.getString("contact"), Status.valueOf(rs.getString("status")),
                JSON.readValue(rs.getString("answers"), new TypeReference<TreeMap<String, Answer>>() { }),
                JSON.readValue(rs.getString("documents"), new TypeReference<List<Document>>() { }),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"))).list();
    }

    Optional<Vendor> find(UUID id) {
        return all().stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** Creates ({@code id} null) or replaces a vendor's record, after checking every field. */
    @Transactional
    Vendor save(UUID id, Change change, String actor) {
        if (change == null || change.name() == null || change.name().isBlank() || change.name().length() > 200) {
            throw new IllegalArgumentException("name: 1 to 200 characters");
        }
        if (change.contact() != null && change.contact().length() > 320) {
            throw new IllegalArgumentException("contact: at most 320 characters");
        }
        Map<String, Answer> answers = change.answers() == null ? Map.of() : change.answers();
        answers.forEach((question, answer) -> {
            if (classifier.rules().vendorQuestions().stream().noneMatch(q -> q.id().equals(question))) {
                throw new IllegalArgumentException("Unknown vendor question '" + question + "'");
            }
            if (answer == null || (answer.answer() != null && answer.answer().length() > 4000)) {
                throw new IllegalArgumentException("answer to " + question + ": at most 4000 characters");
            }
        });
        List<Document> documents = change.documents() == null ? List.of() : change.documents();
        for (Document document : documents) {
            if (document == null || document.title() == null || document.title().isBlank() || !isWebLink(document.url())) {
                throw new IllegalArgumentException("documents: each needs a title and an http(s) url");
            }
        }
        Status status = change.status() == null ? Status.NOT_ASSESSED : change.status();
        Instant now = clock.instant();
        UUID vendorId = id == null ? UUID.randomUUID() : id;
        String answersJson = JSON.writeValueAsString(new TreeMap<>(answers));
        String documentsJson = JSON.writeValueAsString(documents);
        int updated = id == null ? 0 : jdbc.sql("""
                UPDATE vendor SET name = :name, contact = :contact, status = :status, answers = :answers, documents = :documents,
                       updated_at = :at, updated_by = :by WHERE id = :id""")
                .param("name", change.name().strip()).param("contact", change.contact()).param("status", status.name())
                .param("answers", answersJson).param("documents", documentsJson).param("at", now.atOffset(ZoneOffset.UTC))
                .param("by", actor).param("id", id).update();
        if (id != null && updated == 0) {
            throw new ComplianceService.NotFound("No vendor with id " + id);
        }
        if (id == null) {
            jdbc.sql("""
                    INSERT INTO vendor (id, name, contact, status, answers, documents, updated_at, updated_by)
                    VALUES (:id, :name, :contact, :status, :answers, :documents, :at, :by)""")
                    .param("id", vendorId).param("name", change.name().strip()).param("contact", change.contact())
                    .param("status", status.name()).param("answers", answersJson).param("documents", documentsJson)
                    .param("at", now.atOffset(ZoneOffset.UTC)).param("by", actor).update();
        }
        events.publishEvent(new Audited("VENDOR_ASSESSED", actor, null, Map.of("vendor", vendorId.toString(), "status", status.name(),
                "answered", answers.size()), now));
        return find(vendorId).orElseThrow();
    }

    private static boolean isWebLink(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
