package nl.helder.server;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every integration test of the running application needs: an HTTP client on its random port, and the
 * database to check what was (not) stored. Subclasses bring their own {@code @SpringBootTest} with properties.
 */
public abstract class ApplicationIT {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected HelderClient client;

    @BeforeEach
    void connectClient() {
        client = new HelderClient(port);
    }
}
