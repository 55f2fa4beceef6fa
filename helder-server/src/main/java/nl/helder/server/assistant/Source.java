package nl.helder.server.assistant;

/** A knowledge-base article an answer rests on, as shown to the customer. */
public record Source(String title, String url) {
}
