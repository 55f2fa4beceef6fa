package nl.helder.server.cluster;

/**
 * Published on this node when its connection to the other nodes' broadcasts was broken and is back: anything
 * broadcast in between was missed. Live streams end themselves so their clients reconnect and catch up
 * ({@code Last-Event-ID}).
 */
public record BroadcastsInterrupted() {
}
