package nl.helder.server.conversation;

/** Where a customer wrote in: the chat widget or a support mailbox. The same guards and policy hold on each. */
public enum Channel {
    CHAT,
    EMAIL
}
