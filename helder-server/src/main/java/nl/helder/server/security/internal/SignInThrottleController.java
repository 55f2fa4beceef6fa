package nl.helder.server.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** For administrators: which sign-ins are being slowed down, and lifting a wait (audited). */
@RestController
@Tag(name = "Staff accounts and API tokens")
class SignInThrottleController {

    private final SignInThrottle throttle;

    SignInThrottleController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/api/v1/admin/sign-in/slowed")
    @Operation(summary = "Accounts and addresses whose sign-ins are slowed down",
            description = "account null: an address across accounts; address null: an account from unknown addresses.")
    List<SignInThrottle.Slowed> slowed() {
        return throttle.slowed();
    }

    @DeleteMapping("/api/v1/admin/sign-in/slowed/accounts/{username}")
    @Operation(summary = "Lift the wait of an account", description = "From every address; an audit entry records who did it.")
    ResponseEntity<?> unlockAccount(@AuthenticationPrincipal UserDetails admin, @PathVariable String username) {
        return throttle.unlockAccount(username, admin.getUsername()) ? ResponseEntity.noContent().build()
                : nothingToUnlock("No failed sign-ins are counted for this account.");
    }

    @DeleteMapping("/api/v1/admin/sign-in/slowed/addresses/{address}")
    @Operation(summary = "Lift the wait of a client address", description = "An audit entry records who did it.")
    ResponseEntity<?> unlockAddress(@AuthenticationPrincipal UserDetails admin, @PathVariable String address) {
        return throttle.unlockAddress(address, admin.getUsername()) ? ResponseEntity.noContent().build()
                : nothingToUnlock("No failed sign-ins are counted for this address.");
    }

    private static ResponseEntity<?> nothingToUnlock(String detail) {
        return ResponseEntity.of(Problems.of(HttpStatus.NOT_FOUND, "nothing-to-unlock", "Nothing to unlock", detail)).build();
    }
}
