package nl.helder.server.compliance.internal;

import nl.helder.server.compliance.RiskClass;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** The {@code ai_system} and {@code ai_obligation_status} tables. */
@Repository
class AiRegister {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Status { PLANNED, IN_USE, RETIRED }

    enum ObligationStatus { OPEN, IN_PROGRESS, DONE, NOT_APPLICABLE }

    record AiSystem(UUID id, String builtin, String name, String purpose, String owner, String vendor, boolean interactsWithPersons,
                    String dataCategories, LocalDate deployedOn, Status status, Map<String, Boolean> answers, RiskClass riskClass,
                    String rulesVersion, Instant classifiedAt, String classifiedBy, Instant createdAt) {
    }

    /** One classification on record: the rules version it used and what it concluded. */
    record ClassificationRecord(Instant classifiedAt, String rulesVersion, RiskClass riskClass, Map<String, Boolean> answers,
                                String classifiedBy) {
    }

    record ObligationProgress(String obligationId, ObligationStatus status, String owner, String evidence, Instant updatedAt,
                              String updatedBy) {
    }

    private static final RowMapper<AiSystem> SYSTEM = (rs, row) -> new AiSystem(rs.getObject("id", UUID.class), rs.getString("builtin"),
            rs.getString("name"), rs.getString("purpose"), rs.getString("owner"), rs.getString("vendor"),
            rs.getBoolean("interacts_with_persons"), rs.getString("data_categories"), rs.getObject("deployed_on", LocalDate.class),
            Status.valueOf(rs.getString("status")), answers(rs.getString("answers")),
            rs.getString("risk_class") == null ? null : RiskClass.valueOf(rs.getString("risk_class")), rs.getString("rules_version"),
            instant(rs.getObject("classified_at", OffsetDateTime.class)), rs.getString("classified_by"),
            instant(rs.getObject("created_at", OffsetDateTime.class)));

    private final JdbcClient jdbc;

    AiRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AiSystem system) {
        jdbc.sql("""
                INSERT INTO ai_system (id, builtin, name, purpose, owner, vendor, interacts_with_persons, data_categories,
                                       deployed_on, status, created_at)
                VALUES (:id, :builtin, :name, :purpose, :owner, :vendor, :interacts, :data, :deployed, :status, :created)""")
                .param("id", system.id()).param("builtin", system.builtin()).param("name", system.name())
                .param("purpose", system.purpose()).param("owner", system.owner()).param("vendor", system.vendor())
                .param("interacts", system.interactsWithPersons()).param("data", system.dataCategories())
                .param("deployed", system.deployedOn()).param("status", system.status().name())
                .param("created", system.createdAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    void classify(UUID id, Map<String, Boolean> answers, RiskClass riskClass, String rulesVersion, String actor, Instant at) {
        jdbc.sql("""
                UPDATE ai_system SET answers = :answers, risk_class = :class, rules_version = :version, classified_at = :at,
                       classified_by = :actor WHERE id = :id""")
                .param("answers", JSON.writeValueAsString(new TreeMap<>(answers))).param("class", riskClass.name())
                .param("version", rulesVersion).param("at", at.atOffset(ZoneOffset.UTC)).param("actor", actor).param("id", id)
                .update();
        jdbc.sql("""
                INSERT INTO ai_classification (system_id, position, classified_at, rules_version, risk_class, answers, classified_by)
                VALUES (:id, (SELECT COALESCE(MAX(position), 0) + 1 FROM ai_classification WHERE system_id = :id), :at, :version, :class,
                        :answers, :actor)""")
                .param("id", id).param("at", at.atOffset(ZoneOffset.UTC)).param("version", rulesVersion).param("class", riskClass.name())
                .param("answers", JSON.writeValueAsString(new TreeMap<>(answers))).param("actor", actor).update();
    }

    /** Every classification of the system, newest first. */
    List<ClassificationRecord> history(UUID id) {
        return jdbc.sql("SELECT * FROM ai_classification WHERE system_id = :id ORDER BY position DESC").param("id", id)
                .query((rs, row) -> new ClassificationRecord(instant(rs.getObject("classified_at", OffsetDateTime.class)),
                        rs.getString("rules_version"), RiskClass.valueOf(rs.getString("risk_class")), answers(rs.getString("answers")),
                        rs.getString("classified_by")))
                .list();
    }

    Optional<AiSystem> find(UUID id) {
        return jdbc.sql("SELECT * FROM ai_system WHERE id = :id").param("id", id).query(SYSTEM).optional();
    }

    Optional<AiSystem> builtin(String key) {
        return jdbc.sql("SELECT * FROM ai_system WHERE builtin = :key").param("key", key).query(SYSTEM).optional();
    }

    List<AiSystem> all() {
        return jdbc.sql("SELECT * FROM ai_system ORDER BY created_at, name").query(SYSTEM).list();
    }

    Map<String, ObligationProgress> progress(UUID systemId) {
        Map<String, ObligationProgress> progress = new TreeMap<>();
        jdbc.sql("SELECT * FROM ai_obligation_status WHERE system_id = :id").param("id", systemId)
                .query((rs, row) -> new ObligationProgress(rs.getString("obligation_id"), ObligationStatus.valueOf(rs.getString("status")),
                        rs.getString("owner"), rs.getString("evidence"), instant(rs.getObject("updated_at", OffsetDateTime.class)),
                        rs.getString("updated_by")))
                .list().forEach(p -> progress.put(p.obligationId(), p));
        return progress;
    }

    void saveProgress(UUID systemId, ObligationProgress progress) {
        int updated = jdbc.sql("""
                UPDATE ai_obligation_status SET status = :status, owner = :owner, evidence = :evidence, updated_at = :at, updated_by = :by
                WHERE system_id = :id AND obligation_id = :obligation""")
                .param("status", progress.status().name()).param("owner", progress.owner()).param("evidence", progress.evidence())
                .param("at", progress.updatedAt().atOffset(ZoneOffset.UTC)).param("by", progress.updatedBy())
                .param("id", systemId).param("obligation", progress.obligationId()).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO ai_obligation_status (system_id, obligation_id, status, owner, evidence, updated_at, updated_by)
                    VALUES (:id, :obligation, :status, :owner, :evidence, :at, :by)""")
                    .param("status", progress.status().name()).param("owner", progress.owner()).param("evidence", progress.evidence())
                    .param("at", progress.updatedAt().atOffset(ZoneOffset.UTC)).param("by", progress.updatedBy())
                    .param("id", systemId).param("obligation", progress.obligationId()).update();
        }
    }

    private static Map<String, Boolean> answers(String json) {
        return json == null ? Map.of() : JSON.readValue(json, new TypeReference<TreeMap<String, Boolean>>() { });
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
