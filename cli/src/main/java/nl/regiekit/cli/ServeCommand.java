package nl.regiekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.service.Caller;
import nl.regiekit.service.RegiekitService;
import nl.regiekit.service.Role;
import nl.regiekit.service.Tokens;
import nl.regiekit.store.postgres.PostgresStore;
import nl.regiekit.store.postgres.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regiekit serve [--port N] [--host H] [--data DIR | --database JDBC-URL] [--tokens FILE]}: runs the
 * Regiekit service until it is stopped (SIGTERM or Ctrl-C: requests in flight finish first). Stored case
 * files and the disclosure log are kept in the PostgreSQL store: an embedded server with its data in
 * {@code --data}, which survives a restart, or an existing server. Without a token
 * file it makes a development token for a coordinating organisation and prints it once, as
 * {@code token: VALUE} on a line of its own. Writes the access log to standard output, one JSON line
 * a request. Each option also reads an environment variable.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the Regiekit service (HTTP/JSON under /v1, described at /v1/openapi.json) until stopped.")
final class ServeCommand implements Callable<Integer> {

    /** The organisation of the development token. */
    static final OrganisationId DEVELOPMENT = OrganisationId.of("org-development");

    @ParentCommand
    Regiekit parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "${env:REGIEKIT_PORT:-8080}", paramLabel = "N",
        description = "The port (default 8080, env REGIEKIT_PORT; 0 for any free port).")
    int port;

    @Option(names = "--host", defaultValue = "${env:REGIEKIT_HOST:-127.0.0.1}", paramLabel = "HOST",
        description = "The address to listen on (default 127.0.0.1, env REGIEKIT_HOST).")
    String host;

    @Option(names = "--data", defaultValue = "${env:REGIEKIT_DATA:-regiekit-data}", paramLabel = "DIR",
        description = "The folder of the embedded PostgreSQL store (default ./regiekit-data, env REGIEKIT_DATA).")
    Path data;

    @Option(names = "--database", defaultValue = "${env:REGIEKIT_DATABASE_URL}", paramLabel = "JDBC-URL",
        description = "An existing PostgreSQL server instead of the embedded one, as jdbc:postgresql://HOST:PORT/DB "
            + "(env REGIEKIT_DATABASE_URL; the user and password from REGIEKIT_DATABASE_USER and "
            + "REGIEKIT_DATABASE_PASSWORD).")
    String database;

    @Option(names = "--tokens", defaultValue = "${env:REGIEKIT_TOKENS}", paramLabel = "FILE",
        description = "The token file: ORGANISATION ROLE sha256:HEX a line (env REGIEKIT_TOKENS). "
            + "Without one, a development token is made and printed once.")
    Path tokenFile;

    @Mixin
    PolicyOption policy;

    /** Counted down when the command should stop; the tests stop it through {@link #stop()}. */
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** The service's address once it answers; failed when the command ends without getting there. */
    private final CompletableFuture<URI> ready = new CompletableFuture<>();

    @Override
    public Integer call() {
        try {
            return serve();
        } finally {
            ready.completeExceptionally(new IllegalStateException("serve ended before it was ready"));
        }
    }

    private Integer serve() {
        Messages messages = parent.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tokens tokens;
        String development = null;
        if (tokenFile != null) {
            try {
                tokens = Tokens.load(tokenFile);
            } catch (IOException e) {
                err.println(messages.get("file.unreadable", tokenFile, e.getClass().getSimpleName()));
                return Regiekit.USAGE;
            } catch (IllegalArgumentException e) {
                err.println(messages.get("serve.tokens.refused", tokenFile, e.getMessage()));
                return Regiekit.USAGE;
            }
        } else {
            development = Tokens.newToken();
            tokens = Tokens.none().with(new Caller(DEVELOPMENT, Role.COORDINATOR), Tokens.hash(development));
        }
        RegiekitConfig config;
        try {
            config = policy.config(messages, out);
        } catch (Problem problem) {
            err.println(problem.getMessage());
            return Regiekit.USAGE;
        }
        PostgresStore store;
        try {
            store = database == null ? PostgresStore.builder().config(config).embedded(data.toAbsolutePath())
                : PostgresStore.builder().config(config).connect(database, environment("REGIEKIT_DATABASE_USER"),
                    environment("REGIEKIT_DATABASE_PASSWORD"));
        } catch (StoreException e) {
            err.println(messages.get("serve.store.unavailable", database == null ? data : database, e.getMessage()));
            return Regiekit.USAGE;
        }
        RegiekitService service = RegiekitService.builder().host(host).port(port).tokens(tokens)
            .caseFiles(store.caseFiles()).disclosures(store.disclosures()).config(config)
            .accessLog(line -> {
                synchronized (out) {
                    out.println(line);
                }
            }).build();
        try {
            service.start();
        } catch (IOException e) {
            store.close();
            err.println(messages.get("serve.unbound", host, port, e.getClass().getSimpleName()));
            return Regiekit.USAGE;
        }
        // The service stops first, so that requests in flight finish their writes, then the store.
        Runnable close = () -> {
            service.close();
            store.close();
        };
        Thread hook = new Thread(() -> {
            close.run();
            stopped.countDown();
        }, "regiekit-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println(database == null ? messages.get("serve.store.embedded", data.toAbsolutePath())
            : messages.get("serve.store.server", store.serverVersion()));
        if (development != null) {
            out.println(messages.get("serve.token.development", DEVELOPMENT));
            out.println("token: " + development);
        }
        out.println(messages.get("serve.ready", service.uri() + "/v1",
            String.valueOf(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())));
        out.flush();
        ready.complete(service.uri());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stoppedByUs(hook)) {
            close.run();
        }
        out.println(messages.get("serve.stopped"));
        out.flush();
        return Regiekit.OK;
    }

    /**
     * Whether the command was stopped by {@link #stop()} rather than by the JVM shutting down: then its
     * hook is taken back and the command closes the service itself. During a shutdown (SIGTERM, Ctrl-C)
     * the hook has closed it, and the JVM refuses to take a hook back.
     */
    private static boolean stoppedByUs(Thread hook) {
        try {
            return Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    /** The environment variable {@code name}, or the empty text when it is not set. */
    private static String environment(String name) {
        return System.getenv().getOrDefault(name, "");
    }

    /** The service's address once it is ready; completed exceptionally if the command ends before. */
    CompletableFuture<URI> ready() {
        return ready;
    }

    /** Stops a running command as SIGTERM would. */
    void stop() {
        stopped.countDown();
    }
}
