/**
 * The agent console: the live queue of conversations waiting for a person, claiming, replying in real time,
 * handing back to the assistant, closing with an outcome, the tickets left while nobody was available, and
 * the capabilities card that helps staff explain the AI (AI Act Art. 4). Its API is {@code /api/v1/agent/**};
 * its pages live under {@code /console/}. It has no Java API of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agent console")
package nl.helder.server.console;
