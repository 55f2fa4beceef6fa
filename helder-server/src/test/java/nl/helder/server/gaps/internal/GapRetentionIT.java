package nl.helder.server.gaps.internal;

import nl.helder.server.HelderClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Listed questions go after {@code helder.knowledge.gaps.retention}, whatever their conversation's retention. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.knowledge.gaps.retention=6s"})
class GapRetentionIT {

    @LocalServerPort
    int port;

    @Autowired
    GapService gaps;

    @Autowired
    GapRetentionJob job;

    @Test
    void questionsOlderThanTheRetentionAreDeletedByTheNightlyJob() throws InterruptedException {
        HelderClient client = new HelderClient(port);
        String question = "wie wint de tour de france dit jaar?";
        long before = System.nanoTime();
        assertThat(client.say(client.startConversation("nl"), question).json().get("messages").get(1).get("kind").asString())
                .isEqualTo("NO_ANSWER");
        long asked = System.nanoTime();
        assertThat(listed(question)).isTrue();

        int early = job.run();
        // On a very busy machine the question may already be older than the retention here; then this says nothing.
        if (System.nanoTime() - before < 5_000_000_000L) {
            assertThat(early).isZero();
            assertThat(listed(question)).as("younger than the retention: kept").isTrue();
        }

        Thread.sleep(Math.max(0, 6_500 - (System.nanoTime() - asked) / 1_000_000));
        assertThat(early + job.run()).isEqualTo(1);
        assertThat(listed(question)).as("older than the retention: deleted").isFalse();
    }

    private boolean listed(String question) {
        return gaps.groups().stream().flatMap(g -> g.questions().stream()).anyMatch(q -> q.question().equals(question));
    }
}
