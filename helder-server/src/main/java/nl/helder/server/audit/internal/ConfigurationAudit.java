package nl.helder.server.audit.internal;

import nl.helder.server.audit.AuditEvent;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Configuration changes are part of the evidence: at start, the effective {@code helder.*} settings are
 * compared with those of the previous start, and what changed is an audit entry ({@code CONFIGURATION_CHANGED},
 * with the old and new values). Secrets (passwords, keys, tokens) appear only as set or not set, never with a
 * value or anything derived from it. The first start records the whole configuration.
 */
@Component
class ConfigurationAudit implements SmartInitializingSingleton {

    /** Map entries sorted by key at every depth: one canonical text per content, whatever map it came from. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    /** Settings whose values must never be written anywhere; only whether they are set is recorded. */
    private static final Pattern SECRET = Pattern.compile(".*(password|passwd|api[-_.]?key|secret|encryption[-_.]?key|private[-_.]?key|token|credential).*",
            Pattern.CASE_INSENSITIVE);
    private static final String SECRET_VALUE = "(set, not shown)";

    private final ConfigurableEnvironment environment;
    private final AuditRepository repository;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConfigurationAudit(ConfigurableEnvironment environment, AuditRepository repository, JdbcClient jdbc, TransactionTemplate transaction,
                       Clock clock) {
        this.environment = environment;
        this.repository = repository;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Whether a setting's value must never be written down (only whether it is set). */
    static boolean isSecret(String name) {
        return SECRET.matcher(name).matches();
    }

    /** The effective helder.* settings (and HELDER_* environment variables), secrets masked. */
    Map<String, String> effectiveSettings() {
        Set<String> names = new TreeSet<>();
        // Environment variables (HELDER_PRIVACY_KEEP=...) are recorded under their own names: their mapping to
        // properties is relaxed and not always reversible.
        environment.getPropertySources().forEach(source -> {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith("helder.") || name.startsWith("HELDER_")) {
                        names.add(name);
                    }
                }
            }
        });
        Map<String, String> settings = new TreeMap<>();
        for (String name : names) {
            String value = environment.getProperty(name);
            if (value != null) {
                settings.put(name, isSecret(name) ? SECRET_VALUE : value);
            }
        }
        return settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, String> now = effectiveSettings();
        Map<String, String> before = previous();
        Map<String, Object> changes = new TreeMap<>();
        Set<String> keys = new TreeSet<>(now.keySet());
        keys.addAll(before.keySet());
        for (String key : keys) {
            String old = before.get(key);
            String current = now.get(key);
            if (!java.util.Objects.equals(old, current)) {
                changes.put(key, Map.of("from", shown(old), "to", shown(current)));
            }
        }
        if (before.isEmpty() || !changes.isEmpty()) {
            Map<String, Object> details = new TreeMap<>();
            details.put("settings", now.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                    e -> shown(e.getValue()), (a, b) -> a, TreeMap::new)));
            details.put("changed", changes);
            transaction.executeWithoutResult(status -> repository.append(new AuditEvent(UUID.randomUUID(), clock.instant(),
                    "CONFIGURATION_CHANGED", "system", null, JSON.writeValueAsString(details))));
        }
    }

    private Map<String, String> previous() {
        return jdbc.sql("SELECT details FROM audit_event WHERE event_type = 'CONFIGURATION_CHANGED' ORDER BY seq DESC LIMIT 1")
                .query(String.class).optional()
                .map(json -> {
                    Map<String, String> settings = new TreeMap<>();
                    JsonNode node = JSON.readTree(json).path("settings");
                    node.properties().forEach(e -> settings.put(e.getKey(), e.getValue().asString()));
                    return settings;
                })
                .orElse(Map.of());
    }

    private static String shown(String value) {
        if (value == null) {
            return "(not set)";
        }
        return value;
    }
}
