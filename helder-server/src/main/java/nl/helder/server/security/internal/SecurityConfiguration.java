package nl.helder.server.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import nl.helder.server.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Set;

/**
 * Who may call what.
 * <ul>
 *   <li>The customer API and the widget are public: a conversation is protected by its own bearer token,
 *       checked by the conversation feature.</li>
 *   <li>The staff API ({@code /api/v1/agent|admin|staff/**}) takes HTTP Basic or a personal API token
 *       ({@code Bearer hld_...}) for scripts, or the console's session cookie; a request that rides on the
 *       cookie alone must carry the CSRF token. Customer tokens are never accepted there.</li>
 *   <li>The consoles ({@code /console/**}, {@code /admin/**}) use form login with CSRF protection.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String STAFF_PAGES_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** No feature of Helder's pages needs a camera, microphone, location, payment or sensors. */
    private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=(), interest-cohort=()";

    /**
     * Headers every response carries: no referrer beyond the origin to other sites, no powerful browser
     * features, HSTS for a year on requests that arrived over TLS (Spring Security's default writes it only then).
     */
    private static void commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }

    @Bean
    @Order(1)
    SecurityFilterChain staffApi(HttpSecurity http, ApiTokens tokens, JdbcUserDetailsManager users, ClientAddress address) throws Exception {
        HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        return http
                .securityMatcher("/api/v1/agent/**", "/api/v1/admin/**", "/api/v1/staff/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/disclosures", "/api/v1/admin/conversations/*/disclosure",
                                "/api/v1/admin/audit", "/api/v1/admin/audit/**")
                        .hasAnyRole(Roles.ADMIN, Roles.COMPLIANCE)
                        .requestMatchers("/api/v1/admin/compliance/**").hasAnyRole(Roles.ADMIN, Roles.COMPLIANCE)
                        .requestMatchers("/api/v1/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers("/api/v1/agent/**").hasAnyRole(Roles.AGENT, Roles.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic(basic, address))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, users, unauthorized), BasicAuthenticationFilter.class)
                // Reads the console's session but never starts one: scripts stay stateless.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::onlyTheSessionCookieAuthenticates))
                .headers(SecurityConfiguration::commonHeaders)
                .build();
    }

    /**
     * A cross-site request can make the browser send the session cookie, but never an Authorization header;
     * so only requests that change something, carry a session and no such header need the CSRF token. A
     * request with neither is simply unauthenticated (401).
     */
    private static boolean onlyTheSessionCookieAuthenticates(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader("Authorization") == null
                && request.getRequestedSessionId() != null;
    }

    @Bean
    @Order(2)
    SecurityFilterChain consoles(HttpSecurity http, ClientAddress address) throws Exception {
        return http
                .securityMatcher("/login", "/logout", "/console/**", "/admin/**", "/training/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login").permitAll()
                        .requestMatchers("/console/**").hasAnyRole(Roles.AGENT, Roles.ADMIN)
                        .requestMatchers("/admin/compliance.html", "/admin/compliance.js", "/admin/compliance/**")
                        .hasAnyRole(Roles.ADMIN, Roles.COMPLIANCE)
                        .requestMatchers("/training/**", "/admin/admin.css").authenticated()
                        .anyRequest().hasRole(Roles.ADMIN))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console/", false).permitAll()
                        .authenticationDetailsSource(address).failureHandler(ThrottledSignInResponses.formFailure()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> {
                    commonHeaders(headers);
                    headers.contentSecurityPolicy(csp -> csp.policyDirectives(STAFF_PAGES_CSP));
                })
                .build();
    }

    /**
     * The operations surface: health and info stay open for load balancers; metrics (Prometheus) and every other
     * actuator endpoint need an administrator, by HTTP Basic or an API token (Prometheus sends it as
     * {@code authorization: {credentials: hld_...}}). Never a session: scrapers are scripts.
     */
    @Bean
    @Order(3)
    SecurityFilterChain operations(HttpSecurity http, ApiTokens tokens, JdbcUserDetailsManager users, ClientAddress address) throws Exception {
        HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        return http
                .securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(basic -> basic(basic, address))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, users, unauthorized), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::commonHeaders)
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain everythingElse(HttpSecurity http, ClientAddress address) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .httpBasic(basic -> basic(basic, address))
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The customer API is authorised by bearer tokens in a header, never by cookies.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> {
                    commonHeaders(headers);
                    // Cache-Control stays no-store for everything (API answers are private) unless a response set its
                    // own: the widget's files do (web feature's WidgetCaching), and the writer leaves those alone.
                    headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                    + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"));
                })
                .build();
    }

    /**
     * HTTP Basic that knows the client's address and answers a throttled attempt with 429 and {@code Retry-After};
     * otherwise as Spring Security's default: a bare 401 for the consoles' scripts ({@code X-Requested-With}), so
     * the browser shows no password dialog, and a Basic challenge for everyone else.
     */
    private static void basic(HttpBasicConfigurer<HttpSecurity> basic, ClientAddress address) {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Realm");
        HttpStatusEntryPoint bare = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        basic.authenticationDetailsSource(address).authenticationEntryPoint(ThrottledSignInResponses.entryPoint((request, response, e) -> {
            if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                bare.commence(request, response, e);
            } else {
                challenge.commence(request, response, e);
            }
        }));
    }

    /** The widget runs on the business's own pages, so its API calls come from other origins. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(WidgetProperties widget) {
        CorsConfiguration customerApi = new CorsConfiguration();
        customerApi.setAllowedOriginPatterns(widget.allowedOrigins());
        customerApi.setAllowedMethods(List.of("GET", "POST"));
        customerApi.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language", "Last-Event-ID"));
        customerApi.setExposedHeaders(List.of("Location", "Retry-After"));
        customerApi.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/conversations/**", customerApi);
        source.registerCorsConfiguration("/api/v1/widget/**", customerApi);
        return source;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Password sign-in for staff, with {@link SignInThrottle} refusing attempts that must wait before the password check. */
    @Bean
    AuthenticationProvider staffAuthentication(JdbcUserDetailsManager users, PasswordEncoder passwords, SignInThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthenticationProvider(provider, throttle);
    }

    @Bean
    JdbcUserDetailsManager users(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }
}
