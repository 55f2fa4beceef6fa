package nl.helder.server.knowledge;

import java.util.List;

/** Thrown when articles cannot be read or are invalid; lists every problem found, not just the first. */
public class InvalidKnowledgeException extends RuntimeException {

    private final List<String> problems;

    public InvalidKnowledgeException(List<String> problems) {
        super("Invalid knowledge base: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
