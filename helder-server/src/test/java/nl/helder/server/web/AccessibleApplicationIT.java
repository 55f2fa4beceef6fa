package nl.helder.server.web;

import com.microsoft.playwright.Page;
import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.Map;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one application the accessibility browser tests share (same properties, so Spring starts it once): an
 * administrator to sign in with, and opening hours that never open (12:00 to 12:00), so that asking for a person
 * always offers the ticket form, whatever the time of the build and whether a console test left an agent
 * connected. Agents can still claim and reply.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=axe-admin",
        "helder.bootstrap-admin.password=axe-admin-password",
        "helder.accessibility.contact=toegankelijkheid@vlinderwonen.example",
        "helder.handoff.opens=12:00", "helder.handoff.closes=12:00"})
abstract class AccessibleApplicationIT extends ApplicationIT {

    static final String ADMIN = basic("axe-admin", "axe-admin-password");

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    static String conversationIdIn(Page customer) {
        return (String) customer.evaluate("() => JSON.parse(sessionStorage.getItem("
                + "Object.keys(sessionStorage).find(k => k.startsWith('helder.conversation')))).id");
    }

    /** Creates an agent and returns its HTTP Basic credentials; usernames must differ between tests, which share one database. */
    String agent(String username, String displayName) {
        HelderClient.Response created = client.post("/api/v1/admin/users", HelderClient.json(Map.of("username", username,
                "displayName", displayName, "password", username + "-password-123", "roles", List.of("AGENT"))), "Authorization", ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return basic(username, username + "-password-123");
    }

    /** The agent claims the customer's conversation and writes to it, through the agent API. */
    void claimAndReply(String agent, String conversationId, String text) {
        String path = "/api/v1/agent/conversations/" + conversationId;
        assertThat(client.post(path + "/claim", null, "Authorization", agent).status()).isEqualTo(200);
        assertThat(client.post(path + "/messages", HelderClient.json(Map.of("text", text)), "Authorization", agent).status()).isEqualTo(201);
    }
}
