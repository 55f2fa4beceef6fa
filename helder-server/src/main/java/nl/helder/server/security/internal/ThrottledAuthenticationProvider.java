package nl.helder.server.security.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in (form and HTTP Basic) behind {@link SignInThrottle}: an attempt that must still wait is
 * refused before the account is looked up or the password checked, so a refusal says nothing about either.
 * Every other attempt is counted before its password is checked; a wrong password or unknown account stays
 * counted, the right one takes it back.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        SignInThrottle.Attempt attempt = throttle.begin(authentication.getName(), ClientAddress.from(authentication.getDetails()));
        if (!attempt.allowed()) {
            throw new SignInThrottledException(attempt.waitFor());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException wrong) {
            throttle.failed(attempt);
            throw wrong;
        }
        if (result != null) {
            throttle.succeeded(attempt);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
