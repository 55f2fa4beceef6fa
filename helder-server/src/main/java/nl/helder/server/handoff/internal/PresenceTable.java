package nl.helder.server.handoff.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.UUID;

/**
 * The {@code agent_presence} table: per node and agent, how many consoles are connected and when the node last
 * said so. Times are this node's clock in epoch milliseconds; nodes whose clocks differ by seconds still agree
 * well within the expiry.
 */
@Repository
class PresenceTable {

    private final JdbcClient jdbc;
    /** A node is one running instance: a restart is a new node, whose old rows simply expire. */
    private final String node = UUID.randomUUID().toString();

    PresenceTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code connections} consoles of {@code username} on this node; zero removes the row. */
    synchronized void publish(String username, int connections, Instant at) {
        if (connections == 0) {
            jdbc.sql("DELETE FROM agent_presence WHERE node_id = :node AND username = :user")
                    .param("node", node).param("user", username).update();
            return;
        }
        int updated = update(username, connections, at);
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO agent_presence (node_id, username, connections, last_seen) VALUES (:node, :user, :n, :at)")
                        .param("node", node).param("user", username).param("n", connections).param("at", at.toEpochMilli()).update();
            } catch (DuplicateKeyException raced) {
                update(username, connections, at);
            }
        }
    }

    private int update(String username, int connections, Instant at) {
        return jdbc.sql("UPDATE agent_presence SET connections = :n, last_seen = :at WHERE node_id = :node AND username = :user")
                .param("n", connections).param("at", at.toEpochMilli()).param("node", node).param("user", username).update();
    }

    /** Distinct agents with a console on any node that said so at or after {@code since}. */
    int agentsSeenSince(Instant since) {
        return jdbc.sql("SELECT COUNT(DISTINCT username) FROM agent_presence WHERE last_seen >= :since AND connections > 0")
                .param("since", since.toEpochMilli()).query(Integer.class).single();
    }

    /** A clean shutdown takes this node's agents out at once rather than after the expiry. */
    void leave() {
        jdbc.sql("DELETE FROM agent_presence WHERE node_id = :node").param("node", node).update();
    }
}
