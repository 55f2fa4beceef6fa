package nl.helder.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
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

    /** System property that records the start's steps for {@code /actuator/startup} (see README, "Start to ready"). */
    static final String RECORD_START_STEPS = "helder.start.record-steps";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(HelderApplication.class);
        // Opt-in, for finding what a start spends its time on: every bean's creation and every configuration
        // class's processing, with their durations. It costs memory and time, so it is off unless asked for.
        if (Boolean.getBoolean(RECORD_START_STEPS)) {
            if (org.springframework.aot.AotDetector.useGeneratedArtifacts()) {
                // The startup endpoint is decided when the jar is built, without this property: the steps would be
                // recorded and nobody could read them.
                System.err.println("-D" + RECORD_START_STEPS + " has no effect with -Dspring.aot.enabled=true"
                        + " (no /actuator/startup in an AOT start); start without AOT to record the start's steps.");
            } else {
                application.setApplicationStartup(new BufferingApplicationStartup(50_000));
            }
        }
        application.run(args);
    }

    /** The one clock every feature reads time from, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
