package nl.helder.server.privacy.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.audit.AuditEvent;
import nl.helder.server.audit.AuditTrail;
import nl.helder.server.conversation.ConversationRecords;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Data-subject requests for administrators: access (GDPR Art. 15) and erasure (Art. 17) of a conversation. */
@RestController
@RequestMapping("/api/v1/admin/privacy")
@Tag(name = "Admin: privacy")
class PrivacyAdminController {

    private final ConversationRecords records;
    private final AuditTrail audit;
    private final RetentionJob retention;
    private final Clock clock;

    PrivacyAdminController(ConversationRecords records, AuditTrail audit, RetentionJob retention, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.retention = retention;
        this.clock = clock;
    }

    record Export(ConversationRecords.Export conversation, List<AuditEvent> audit) {
    }

    @GetMapping("/conversations/{id}")
    @Operation(summary = "Export everything held about a conversation (GDPR Art. 15)")
    ResponseEntity<Export> export(@PathVariable UUID id) {
        return ResponseEntity.of(records.export(id).map(export -> new Export(export, audit.forConversation(id))));
    }

    @DeleteMapping("/conversations/{id}")
    @Operation(summary = "Erase a conversation's content (GDPR Art. 17)", description = "Deletes every message; keeps a "
            + "tombstone (id, dates, disclosure evidence) and an audit entry without content.")
    ResponseEntity<Void> erase(@PathVariable UUID id, Authentication staff) {
        return records.erase(id, staff.getName(), clock.instant())
                ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    /** The contact value travels in the body, never in a URL that access logs would keep. */
    record Contact(String value) {
        @Override
        public String toString() {
            return "Contact[value=<not logged>]";
        }
    }

    record ContactExport(int conversations, List<Export> exports) {
    }

    @PostMapping("/contacts/export")
    @Operation(summary = "Export everything held about a contact value (GDPR Art. 15)", description = "Finds the "
            + "conversations in which a kept contact value (helder.privacy.keep, e.g. an e-mail address) was given.")
    ResponseEntity<ContactExport> exportContact(@RequestBody Contact contact) {
        if (contact == null || contact.value() == null || contact.value().isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        List<Export> exports = records.conversationsWithContact(contact.value()).stream()
                .flatMap(id -> records.export(id).map(e -> new Export(e, audit.forConversation(id))).stream()).toList();
        return ResponseEntity.ok(new ContactExport(exports.size(), exports));
    }

    @PostMapping("/contacts/erase")
    @Operation(summary = "Erase every conversation in which a kept contact value was given (GDPR Art. 17)")
    ResponseEntity<Map<String, Integer>> eraseContact(@RequestBody Contact contact, Authentication staff) {
        if (contact == null || contact.value() == null || contact.value().isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        int erased = 0;
        for (UUID id : records.conversationsWithContact(contact.value())) {
            erased += records.erase(id, staff.getName(), clock.instant()) ? 1 : 0;
        }
        return ResponseEntity.ok(Map.of("erased", erased));
    }

    @PostMapping("/retention/run")
    @Operation(summary = "Run the retention job now")
    Map<String, Integer> runRetention() {
        return Map.of("erased", retention.run());
    }
}
