package nl.helder.server.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.audit.ChainVerification;
import nl.helder.server.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The audit trail for administrators and compliance officers: its integrity, and an export for a supervisor. */
@RestController
@Tag(name = "Admin: audit trail")
class AuditController {

    private static final int MAX_EXPORT = 10_000;

    private final AuditRepository repository;
    private final AuditChainer chainer;
    private final AuditCheckpointing checkpointing;
    private final AuditCheckpoints checkpoints;

    AuditController(AuditRepository repository, AuditChainer chainer, AuditCheckpointing checkpointing, AuditCheckpoints checkpoints) {
        this.repository = repository;
        this.chainer = chainer;
        this.checkpointing = checkpointing;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/admin/audit/verify")
    @Operation(summary = "Check the hash chain", description = "Recomputes every entry's hash and link; reports the first "
            + "entry that was changed, removed, inserted or moved.")
    ChainVerification verify() {
        chainer.flush();
        return repository.verify();
    }

    /** One exported entry with its link, so a supervisor can recompute the chain independently. */
    record ExportedEntry(long seq, String id, String occurredAt, String type, String actor, String conversationId, String details,
                         String previousHash, String hash) {
    }

    @GetMapping("/api/v1/admin/audit")
    @Operation(summary = "Export entries with their hashes", description = "Entries after position 'after' (default 0), "
            + "oldest first, at most 'limit' (default and maximum 10000). Page with the last seq you received. Every export "
            + "also writes a signed checkpoint of the chain's head outside the database.")
    ResponseEntity<List<ExportedEntry>> export(@RequestParam(defaultValue = "0") long after,
                                               @RequestParam(defaultValue = "10000") int limit) {
        if (after < 0 || limit < 1 || limit > MAX_EXPORT) {
            throw new IllegalArgumentException("after ≥ 0 and 1 ≤ limit ≤ " + MAX_EXPORT);
        }
        chainer.flush();
        List<ExportedEntry> entries = repository.links(after, limit).stream().map(link -> new ExportedEntry(link.seq(),
                link.event().id().toString(), AuditChain.storable(link.event().occurredAt()).toString(), link.event().type(),
                link.event().actor(), link.event().conversationId() == null ? null : link.event().conversationId().toString(),
                link.event().details(), link.previousHash(), link.hash())).toList();
        checkpointing.checkpointIfMoved();
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(entries);
    }

    /** A checkpoint as a supervisor keeps it. */
    record ExportedCheckpoint(long position, String head, String at, String mac) {
    }

    @GetMapping("/api/v1/admin/audit/checkpoints")
    @Operation(summary = "The signed checkpoints", description = "Every checkpoint of the chain's head written outside the "
            + "database, oldest first: keep a copy where a restore of the database does not reach.")
    ResponseEntity<List<ExportedCheckpoint>> checkpoints() {
        List<ExportedCheckpoint> all = checkpoints.read().checkpoints().stream()
                .map(c -> new ExportedCheckpoint(c.position(), c.head(), c.at().toString(), c.mac())).toList();
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(all);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }
}
