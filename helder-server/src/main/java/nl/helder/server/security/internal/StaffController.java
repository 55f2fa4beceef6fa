package nl.helder.server.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.security.StaffDirectory;
import nl.helder.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Who is signed in, their personal API tokens, and (for administrators) the staff accounts. */
@RestController
@Tag(name = "Staff accounts and API tokens")
class StaffController {

    private static final Duration MAX_TOKEN_VALIDITY = Duration.ofDays(365);

    private final StaffAccounts accounts;
    private final ApiTokens tokens;
    StaffController(StaffAccounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** @param csrf what a page signed in with a session cookie sends back with every change */
    record Me(String username, String displayName, Set<String> roles, Csrf csrf) {
    }

    record Csrf(String headerName, String token) {
    }

    record NewUser(String username, String displayName, String password, Set<String> roles) {
        @Override
        public String toString() {
            return "NewUser[username=" + username + ", roles=" + roles + ", password=<not logged>]";
        }
    }

    record NewTokenRequest(String name, Integer validDays) {
    }

    @GetMapping("/api/v1/staff/me")
    @Operation(summary = "The signed-in staff member", description = "With the CSRF token a console page needs for changes.")
    Me me(@AuthenticationPrincipal UserDetails user, CsrfToken csrf) {
        StaffDirectory.StaffMember member = accounts.find(user.getUsername()).orElseThrow();
        return new Me(member.username(), member.displayName(), member.roles(),
                csrf == null ? null : new Csrf(csrf.getHeaderName(), csrf.getToken()));
    }

    @GetMapping("/api/v1/staff/tokens")
    @Operation(summary = "My API tokens (never the tokens themselves)")
    List<ApiTokens.TokenInfo> myTokens(@AuthenticationPrincipal UserDetails user) {
        return tokens.list(user.getUsername());
    }

    @PostMapping("/api/v1/staff/tokens")
    @Operation(summary = "Make a personal API token", description = "For scripts: send it as 'Authorization: Bearer hld_...'. "
            + "It is shown only in this response. {\"name\":\"export script\",\"validDays\":90}")
    ResponseEntity<ApiTokens.NewToken> createToken(@AuthenticationPrincipal UserDetails user, @RequestBody NewTokenRequest request) {
        if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            throw new IllegalArgumentException("name: what the token is for, 1 to 100 characters");
        }
        Duration validity = Duration.ofDays(request.validDays() == null ? 90 : request.validDays());
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_TOKEN_VALIDITY) > 0) {
            throw new IllegalArgumentException("validDays: 1 to " + MAX_TOKEN_VALIDITY.toDays());
        }
        ApiTokens.NewToken created = tokens.create(user.getUsername(), request.name().strip(), validity);
        return ResponseEntity.created(URI.create("/api/v1/staff/tokens/" + created.info().id())).body(created);
    }

    @DeleteMapping("/api/v1/staff/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id) {
        return tokens.revoke(user.getUsername(), id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @GetMapping("/api/v1/admin/users")
    @Operation(summary = "Staff accounts")
    List<StaffDirectory.StaffMember> users() {
        return accounts.all();
    }

    @PostMapping("/api/v1/admin/users")
    @Operation(summary = "Create a staff account", description = "{\"username\",\"displayName\" (shown to customers), "
            + "\"password\" (at least 12 characters), \"roles\": [AGENT, ADMIN, COMPLIANCE]}")
    ResponseEntity<StaffDirectory.StaffMember> create(@AuthenticationPrincipal UserDetails admin, @RequestBody NewUser request) {
        if (request == null) {
            throw new IllegalArgumentException("send {username, displayName, password, roles}");
        }
        StaffDirectory.StaffMember member = accounts.create(request.username(), request.displayName(), request.password(), request.roles(),
                admin.getUsername());
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + member.username())).body(member);
    }

    @DeleteMapping("/api/v1/admin/users/{username}")
    @Operation(summary = "Disable a staff account")
    ResponseEntity<Void> disable(@AuthenticationPrincipal UserDetails admin, @PathVariable String username) {
        return accounts.disable(username, admin.getUsername()) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return Problems.of(HttpStatus.CONFLICT, "staff-conflict", "Conflict", e.getMessage());
    }
}
