package nl.helder.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/**
 * Helder: a customer-service assistant that is compliant by design. Each sub-package is one feature
 * (conversation, knowledge, assistant, web, security); its root package is its API and its
 * {@code internal} package is private to it, which {@code ModularityTests} verifies.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HelderApplication {

    public static void main(String[] args) {
        SpringApplication.run(HelderApplication.class, args);
    }

    /** The one clock every feature reads time from, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
