package nl.helder.server.compliance.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.web.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The AI register and its classification questionnaire (roles ADMIN or COMPLIANCE). */
@RestController
@RequestMapping("/api/v1/admin/compliance")
@Tag(name = "Compliance: AI register", description = "AI systems, their AI Act class with the articles behind it, obligations and deadlines.")
class ComplianceController {

    private final ComplianceService compliance;
    private final Classifier classifier;
    private final FactSheet factSheet;
    private final Vendors vendors;
    private final Dashboard dashboard;
    private final Documents documents;

    ComplianceController(ComplianceService compliance, Classifier classifier, FactSheet factSheet, Vendors vendors, Dashboard dashboard,
                         Documents documents) {
        this.documents = documents;
        this.compliance = compliance;
        this.classifier = classifier;
        this.factSheet = factSheet;
        this.vendors = vendors;
        this.dashboard = dashboard;
    }

    @GetMapping("/dashboard")
    @Operation(summary = "The compliance dashboard", description = "Per day over the last 'days' (default 30): conversations, "
            + "hand-offs, NO_ANSWERs, disclosures; totals of hand-off reasons, redacted data types and signals; hand-off rate, "
            + "disclosure coverage, the newest unanswered questions (redacted), open and overdue obligations.")
    Dashboard.View dashboard(@RequestParam(defaultValue = "30") int days) {
        return dashboard.view(days);
    }

    record VendorQuestionView(String id, String text, String reference) {
    }

    @GetMapping("/vendor-questions")
    @Operation(summary = "What to ask each vendor", description = "From the rules file, with the provision behind each question.")
    List<VendorQuestionView> vendorQuestions(@RequestParam(defaultValue = "en") String locale) {
        return classifier.rules().vendorQuestions().stream().map(q -> new VendorQuestionView(q.id(), q.text().in(locale), q.reference())).toList();
    }

    @GetMapping("/vendors")
    @Operation(summary = "Vendors with their answers, documents and status")
    List<Vendors.Vendor> vendors() {
        return vendors.all();
    }

    @PostMapping("/vendors")
    @Operation(summary = "Add a vendor", description = "{\"name\", \"contact\", \"status\": NOT_ASSESSED|IN_REVIEW|APPROVED|REJECTED, "
            + "\"answers\": {questionId: {\"answer\", \"satisfactory\"}}, \"documents\": [{\"title\", \"url\"}]}")
    ResponseEntity<Vendors.Vendor> addVendor(@AuthenticationPrincipal UserDetails user, @RequestBody(required = false) Vendors.Change change) {
        Vendors.Vendor vendor = vendors.save(null, change, user.getUsername());
        return ResponseEntity.created(URI.create("/api/v1/admin/compliance/vendors/" + vendor.id())).body(vendor);
    }

    @PutMapping("/vendors/{id}")
    @Operation(summary = "Update a vendor's answers, documents and status")
    Vendors.Vendor updateVendor(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id, @RequestBody(required = false) Vendors.Change change) {
        return vendors.save(id, change, user.getUsername());
    }

    record QuestionView(String id, String group, String text, String reference) {
    }

    /** @param amended true when the date differs from the 2024 text; {@code sources} then says where the change comes from */
    record DateView(String id, String date, String reference, String text, boolean amended, List<SourceView> sources) {
    }

    record SourceView(String id, String date, String text, boolean confirmed) {
    }

    /**
     * @param law    which text of the Act the rules follow
     * @param status what is not settled about that text (e.g. publication in the Official Journal not confirmed); may be null
     */
    record Questionnaire(String version, String source, String law, String status, List<QuestionView> questions, List<DateView> dates,
                         List<SourceView> sources) {
    }

    record AnswersRequest(Map<String, Boolean> answers) {
    }

    record ObligationUpdate(AiRegister.ObligationStatus status, String owner, String evidence) {
    }

    @GetMapping("/questionnaire")
    @Operation(summary = "The classification questionnaire", description = "Questions with their legal references and the "
            + "application dates, from the versioned rules file, in en or nl.")
    Questionnaire questionnaire(@RequestParam(defaultValue = "en") String locale) {
        return questionnaire(classifier.rules(), locale);
    }

    static Questionnaire questionnaire(AiActRules rules, String locale) {
        return new Questionnaire(rules.version(), rules.source(), rules.law().in(locale), rules.status() == null ? null : rules.status().in(locale),
                rules.questions().stream().map(q -> new QuestionView(q.id(), q.group(), q.text().in(locale), q.reference())).toList(),
                rules.datesInOrder().stream().map(d -> new DateView(d.id(), d.date().toString(), d.reference(), d.text().in(locale),
                        d.amended(), d.sources().stream().map(id -> source(rules.sources().get(id))).toList())).toList(),
                rules.sources().values().stream().map(ComplianceController::source).toList());
    }

    private static SourceView source(AiActRules.Source source) {
        return new SourceView(source.id(), source.date() == null ? null : source.date().toString(), source.text(), source.confirmed());
    }

    @GetMapping("/systems")
    @Operation(summary = "The register", description = "Every AI system with its class, obligations (with overdue flags) and, for "
            + "Helder itself, live checks.")
    List<ComplianceService.SystemView> systems(@RequestParam(defaultValue = "en") String locale) {
        return compliance.overview(locale);
    }

    @PostMapping("/systems")
    @Operation(summary = "Add a system to the register")
    ResponseEntity<AiRegister.AiSystem> add(@RequestBody(required = false) ComplianceService.NewSystem request) {
        if (request == null) {
            throw new IllegalArgumentException("Send {name, purpose, owner, vendor, interactsWithPersons, dataCategories, deployedOn, status}.");
        }
        AiRegister.AiSystem system = compliance.add(request);
        return ResponseEntity.created(URI.create("/api/v1/admin/compliance/systems/" + system.id())).body(system);
    }

    @GetMapping("/systems/{id}")
    ComplianceService.SystemView system(@PathVariable UUID id, @RequestParam(defaultValue = "en") String locale) {
        return compliance.view(id, locale);
    }

    @PutMapping("/systems/{id}/answers")
    @Operation(summary = "Answer the questionnaire", description = "{\"answers\":{\"interacts-with-people\":true,...}}; unanswered "
            + "questions count as no. Returns the class with the reasoning and the articles it rests on.")
    ComplianceService.SystemView answer(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id,
                                        @RequestBody(required = false) AnswersRequest request, @RequestParam(defaultValue = "en") String locale) {
        if (request == null || request.answers() == null) {
            throw new IllegalArgumentException("Send {\"answers\": {questionId: true|false}}.");
        }
        compliance.answer(id, request.answers(), user.getUsername(), locale);
        return compliance.view(id, locale);
    }

    @PostMapping("/systems/{id}/reclassification")
    @Operation(summary = "Re-classify under the current rules", description = "For a system classified under an earlier rules "
            + "version: classifies it under the current one with its answers that are still asked, plus {\"answers\": {...}} for "
            + "the questions the current version added (unanswered: no). The earlier classification stays on record and in the "
            + "audit trail.")
    ComplianceService.SystemView reclassify(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id,
                                            @RequestBody(required = false) AnswersRequest request, @RequestParam(defaultValue = "en") String locale) {
        compliance.reclassify(id, request == null ? null : request.answers(), user.getUsername(), locale);
        return compliance.view(id, locale);
    }

    @PutMapping("/systems/{id}/obligations/{obligationId}")
    @Operation(summary = "Record progress on an obligation", description = "{\"status\": OPEN|IN_PROGRESS|DONE|NOT_APPLICABLE, \"owner\", \"evidence\"}")
    ComplianceService.SystemView obligation(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id, @PathVariable String obligationId,
                                            @RequestBody(required = false) ObligationUpdate update, @RequestParam(defaultValue = "en") String locale) {
        if (update == null) {
            throw new IllegalArgumentException("Send {\"status\", \"owner\", \"evidence\"}.");
        }
        compliance.updateObligation(id, obligationId, update.status(), update.owner(), update.evidence(), user.getUsername());
        return compliance.view(id, locale);
    }

    @GetMapping(path = "/systems/{id}/factsheet.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The system's fact sheet (HTML)")
    String factSheetHtml(@PathVariable UUID id, @RequestParam(defaultValue = "en") String locale) {
        return factSheet.html(compliance.view(id, locale), locale);
    }

    @GetMapping(path = "/systems/{id}/factsheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The system's fact sheet (PDF)")
    ResponseEntity<byte[]> factSheetPdf(@PathVariable UUID id, @RequestParam(defaultValue = "en") String locale) {
        byte[] pdf = XhtmlDocument.pdf(factSheet.html(compliance.view(id, locale), locale));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("ai-system-" + id + "-" + locale + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/documents/{name}.{format}")
    @Operation(summary = "Generated documents", description = "name: transparency-statement (for the website), register, "
            + "literacy-report, audit-report; format: html or pdf; locale: en or nl.")
    ResponseEntity<byte[]> document(@PathVariable String name, @PathVariable String format, @RequestParam(defaultValue = "en") String locale) {
        Documents.Kind kind;
        try {
            kind = Documents.Kind.valueOf(name.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ComplianceService.NotFound("No document '" + name + "'");
        }
        String html = documents.html(kind, "nl".equals(locale) ? "nl" : "en");
        if ("pdf".equals(format)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name + "-" + locale + ".pdf").build().toString()).body(XhtmlDocument.pdf(html));
        }
        if ("html".equals(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                    .body(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        throw new IllegalArgumentException("format: html or pdf");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ProblemDetail duplicate(org.springframework.dao.DuplicateKeyException e) {
        return Problems.of(HttpStatus.CONFLICT, "duplicate", "Already registered", "A vendor with this name exists already.");
    }

    @ExceptionHandler(ComplianceService.NotFound.class)
    ProblemDetail notFound(ComplianceService.NotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "ai-system-not-found", "AI system not found", e.getMessage());
    }
}
