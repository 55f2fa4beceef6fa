package nl.helder.probe;

/**
 * How the probe talks to one kind of chatbot: open a conversation (in a language, where the bot supports
 * choosing it) and send a message. Each check opens its own conversations, so no check sees another's turns.
 */
public interface ChatAdapter {

    /** A conversation with the bot under test. */
    interface Session {
        /** What the bot said before the customer typed anything (e.g. a disclosure); empty when nothing. */
        String opening();

        /** Sends {@code text} and returns everything the bot replied to it, as one text. */
        Reply send(String text);
    }

    /**
     * @param text     the bot's reply, all its messages joined
     * @param handedOver true when the bot's API says the conversation went to a person (Helder's state)
     */
    record Reply(String text, boolean handedOver) {
    }

    Session open(String locale);

    /** Whether the adapter plants a canary in the bot's instructions (only where the probe controls them). */
    default String canary() {
        return null;
    }
}
