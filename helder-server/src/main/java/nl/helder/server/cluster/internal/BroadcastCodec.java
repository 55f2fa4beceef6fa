package nl.helder.server.cluster.internal;

import nl.helder.server.cluster.Broadcast;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * Writes a {@link Broadcast} as JSON with its type, and reads it back. Reading instantiates only classes of this
 * application that implement {@code Broadcast}: the text comes from the database, and a type named there must
 * not be able to pick an arbitrary class.
 */
final class BroadcastCodec {

    private static final String PACKAGE = "nl.helder.server.";

    private final JsonMapper json = JsonMapper.builder().build();

    String write(Broadcast event) {
        ObjectNode node = json.createObjectNode();
        node.put("type", event.getClass().getName());
        node.set("event", json.valueToTree(event));
        return json.writeValueAsString(node);
    }

    /** The event, or empty when the text names no broadcast of this application (then it is ignored). */
    Optional<Broadcast> read(String text) {
        JsonNode node = json.readTree(text);
        String type = node.path("type").asString("");
        if (!type.startsWith(PACKAGE)) {
            return Optional.empty();
        }
        Class<?> found;
        try {
            found = Class.forName(type, false, BroadcastCodec.class.getClassLoader());
        } catch (ClassNotFoundException unknown) {
            // A node of another version may broadcast a type this one does not have: a rolling upgrade.
            return Optional.empty();
        }
        if (!Broadcast.class.isAssignableFrom(found)) {
            return Optional.empty();
        }
        return Optional.of((Broadcast) json.treeToValue(node.get("event"), found));
    }
}
