/**
 * A person is always reachable: whether agents are available, and the offline fallback (a ticket with a
 * contact address and a reference number) when they are not. The agent console will join this feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hand-off")
package nl.helder.server.handoff;
