package nl.helder.server.cluster;

/**
 * An application event that live listeners on every node need: a customer's stream may be open on another node
 * than the one that handled the turn. Publish it within the transaction that made the change; the other nodes
 * publish a copy locally, outside any transaction, once it committed. Listeners that should act on both use
 * {@code @TransactionalEventListener(fallbackExecution = true)}.
 * <p>
 * Contract: a record that Jackson can write and read back, small (a few kB; larger ones travel through a table),
 * holding nothing that may not be stored: it passes through the database.
 */
public interface Broadcast {
}
