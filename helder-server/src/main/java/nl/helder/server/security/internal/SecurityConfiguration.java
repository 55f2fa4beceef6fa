package nl.helder.server.security.internal;

import nl.helder.server.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import javax.sql.DataSource;
import java.util.List;

/**
 * Who may call what. The customer API and the widget are public (a conversation is protected by its own
 * bearer token, checked by the conversation feature); the admin API needs a staff account with HTTP
 * Basic. Customer tokens are never accepted there: they are not staff credentials.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/admin/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/disclosures", "/api/v1/admin/conversations/*/disclosure")
                        .hasAnyRole(Roles.ADMIN, Roles.COMPLIANCE)
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless HTTP Basic: no session cookie, so no cross-site request can ride on one.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Staff pages: HTTP Basic for now (form login comes with the agent console); same-origin only. */
    @Bean
    SecurityFilterChain adminPages(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/admin/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-ancestors 'none'")))
                .build();
    }

    @Bean
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
                        .anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults())
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The customer API is authorised by bearer tokens in a header, never by cookies.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")))
                .build();
    }

    /** The widget runs on the business's own pages, so its API calls come from other origins. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(WidgetProperties widget) {
        CorsConfiguration customerApi = new CorsConfiguration();
        customerApi.setAllowedOriginPatterns(widget.allowedOrigins());
        customerApi.setAllowedMethods(List.of("GET", "POST"));
        customerApi.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language"));
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

    @Bean
    JdbcUserDetailsManager users(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }
}
