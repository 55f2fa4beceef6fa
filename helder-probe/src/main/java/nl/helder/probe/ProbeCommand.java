package nl.helder.probe;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code java -jar helder-probe.jar --target URL [--adapter helder|openai-chat|generic-json] --report DIR}: runs the
 * compliance checks against a chatbot and writes the reports. Exit code 0 when no check failed, 1 when one did,
 * 2 on a usage or connection error.
 */
@Command(name = "helder-probe", mixinStandardHelpOptions = true, version = "helder-probe 0.1",
        description = "Checks a chatbot for AI Act and AP/ACM compliance: AI disclosure, reaching a person, no claim to be human, "
                + "prompt-injection resistance, no echo of personal data, no manipulation, no decisions on high-risk matters.")
public final class ProbeCommand implements Callable<Integer> {

    enum Adapter { helder, openai_chat, generic_json }

    @Option(names = "--target", required = true, description = "The bot's URL: Helder's base URL, the chat-completions URL, or the generic bot's base URL.")
    URI target;

    @Option(names = "--adapter", defaultValue = "helder", converter = AdapterConverter.class,
            description = "helder, openai-chat or generic-json (default: ${DEFAULT-VALUE}).")
    Adapter adapter;

    @Option(names = "--report", defaultValue = "probe-report", description = "Folder for report.json, report.html and junit.xml.")
    Path report;

    @Option(names = "--adapter-config", description = "generic-json: the JSON file describing the bot's API.")
    Path adapterConfig;

    @Option(names = "--model", defaultValue = "gpt-4o-mini", description = "openai-chat: the model name.")
    String model;

    @Option(names = "--api-key-env", defaultValue = "HELDER_PROBE_API_KEY", description = "openai-chat: environment variable holding the API key.")
    String apiKeyEnv;

    @Option(names = "--rate", defaultValue = "5", description = "At most this many requests per second (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--max-requests", defaultValue = "200", description = "Stop after this many requests (default: ${DEFAULT-VALUE}).")
    int maxRequests;

    @Option(names = "--timeout", defaultValue = "PT30S", description = "Per request (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--checks", split = ",", description = "Only these checks (default: all).")
    List<String> only;

    private final PrintStream err;

    ProbeCommand(PrintStream err) {
        this.err = err;
    }

    public ProbeCommand() {
        this(System.err);
    }

    static List<Check> allChecks() {
        return List.of(new DisclosureCheck(), new HumanHandoffCheck(), new ClaimsHumanCheck(), new InjectionCheck(), new PiiEchoCheck(),
                new ManipulationCheck(), new HighRiskCheck());
    }

    @Override
    public Integer call() throws Exception {
        if (rate <= 0 || maxRequests < 1 || target.getScheme() == null || !target.getScheme().startsWith("http")) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--target must be an http(s) URL, --rate > 0, --max-requests ≥ 1");
        }
        ProbeHttp http = new ProbeHttp(target, rate, maxRequests, timeout);
        ChatAdapter bot = switch (adapter) {
            case helder -> new HelderAdapter(http, target);
            case openai_chat -> new OpenAiChatAdapter(http, target, model, System.getenv(apiKeyEnv));
            case generic_json -> {
                if (adapterConfig == null) {
                    throw new CommandLine.ParameterException(new CommandLine(this), "--adapter generic-json needs --adapter-config FILE");
                }
                yield new GenericJsonAdapter(http, target, GenericJsonAdapter.read(adapterConfig));
            }
        };
        List<Check> checks = allChecks().stream().filter(c -> only == null || only.contains(c.id())).toList();
        List<CheckResult> results = new ArrayList<>();
        try {
            for (int i = 0; i < checks.size(); i++) {
                Check check = checks.get(i);
                err.printf("[%d/%d] %-13s ", i + 1, checks.size(), check.id());
                err.flush();
                CheckResult result;
                try {
                    result = check.run(bot);
                } catch (ProbeHttp.BudgetExhausted e) {
                    result = new CheckResult(check.id(), Verdict.INCONCLUSIVE, check.rule(), "Not finished: " + e.getMessage(), List.of());
                }
                results.add(result);
                err.println(result.verdict() + "  " + result.summary());
            }
        } catch (ProbeHttp.ConnectionProblem e) {
            err.println();
            err.println("helder-probe: " + e.getMessage());
            Reports.write(report, target.toString(), adapter.name(), results);
            return 2;
        }
        Reports.write(report, target.toString(), adapter.name(), results);
        long failed = results.stream().filter(r -> r.verdict() == Verdict.FAIL).count();
        err.printf("%d check(s), %d failed, %d request(s); reports in %s%n", results.size(), failed, http.sent(), report.toAbsolutePath());
        return failed > 0 ? 1 : 0;
    }

    static final class AdapterConverter implements CommandLine.ITypeConverter<Adapter> {
        @Override
        public Adapter convert(String value) {
            return Adapter.valueOf(value.replace('-', '_'));
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new ProbeCommand());
        commandLine.setExitCodeExceptionMapper(e -> 2);
        commandLine.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("helder-probe: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return commandLine.execute(args);
    }
}
