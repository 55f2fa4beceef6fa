package nl.helder.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged server ({@code target/helder.jar}, built before the integration tests) in a process of its own,
 * so a test can kill it with SIGKILL, as a crash or an unplugged node would end it.
 */
public final class ServerProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the jar on {@code port} with {@code dataDir} and the extra arguments, its output in
     * {@code dataDir/server.log}, and waits up to three minutes for health UP (a machine busy with builds starts slowly).
     */
    public static ServerProcess start(Path dataDir, int port, String... arguments) throws IOException, InterruptedException {
        Path jar = Path.of("target", "helder.jar");
        if (!jar.toFile().exists()) {
            throw new IllegalStateException("the server jar is built in the package phase, before the integration tests");
        }
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port,
                "--helder.data-dir=" + dataDir.toAbsolutePath(), "--logging.level.root=WARN"));
        command.addAll(List.of(arguments));
        dataDir.toFile().mkdirs();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile())).start();
        ServerProcess server = new ServerProcess(process, port);
        for (int i = 0; i < 720; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server ended; see " + dataDir.resolve("server.log"));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return server;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not become healthy within three minutes");
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no clean close of anything; returns once the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: a graceful stop; waits up to 30 s, then kills. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
