package nl.helder.server.conversation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.conversation.ConversationEvidence;
import nl.helder.server.conversation.DisclosureRecord;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Disclosure evidence for administrators and supervisors (role ADMIN or COMPLIANCE). */
@RestController
@Tag(name = "Admin: evidence")
class DisclosureEvidenceController {

    private static final int MAX_RECORDS = 10_000;

    private final ConversationEvidence evidence;
    private final Clock clock;

    DisclosureEvidenceController(ConversationEvidence evidence, Clock clock) {
        this.evidence = evidence;
        this.clock = clock;
    }

    record DisclosureReport(Instant from, Instant to, ConversationEvidence.DisclosureCoverage coverage,
                            List<DisclosureRecord> records, boolean truncated) {
    }

    @GetMapping("/api/v1/admin/conversations/{id}/disclosure")
    @Operation(summary = "The disclosure evidence of one conversation")
    ResponseEntity<DisclosureRecord> disclosure(@PathVariable UUID id) {
        return ResponseEntity.of(evidence.disclosureOf(id));
    }

    @GetMapping("/api/v1/admin/disclosures")
    @Operation(summary = "Disclosures sent in a period, with coverage",
            description = "Defaults to the last 30 days. Coverage counts conversations started in the period and "
                    + "how many have disclosure evidence (always all, by construction) and a widget display confirmation.")
    DisclosureReport disclosures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
        List<DisclosureRecord> records = evidence.disclosuresBetween(start, end, MAX_RECORDS + 1);
        boolean truncated = records.size() > MAX_RECORDS;
        return new DisclosureReport(start, end, evidence.coverageBetween(start, end),
                truncated ? records.subList(0, MAX_RECORDS) : records, truncated);
    }
}
