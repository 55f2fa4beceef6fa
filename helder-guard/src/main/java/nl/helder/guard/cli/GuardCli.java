package nl.helder.guard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar helder-guard.jar <command>}: the guard library's command line. */
@Command(name = "helder-guard", mixinStandardHelpOptions = true, versionProvider = GuardCli.Version.class,
        description = "Helder's guards for customer-service chatbots.",
        subcommands = {ScanCommand.class, TrainInjectionModelCommand.class})
public final class GuardCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new GuardCli()).execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = GuardCli.class.getPackage().getImplementationVersion();
            return new String[] {"helder-guard " + (version == null ? "dev" : version)};
        }
    }
}
