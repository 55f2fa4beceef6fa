package nl.helder.server.compliance;

import java.time.Instant;
import java.util.UUID;

/** Published, in its transaction, when a system in the AI register is (re)classified. */
public record AiSystemClassified(UUID systemId, String systemName, RiskClass riskClass, String rulesVersion, String actor, Instant at) {
}
