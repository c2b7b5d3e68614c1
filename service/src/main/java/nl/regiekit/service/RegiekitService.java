package nl.regiekit.service;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casefile.CaseFileRepository;
import nl.regiekit.casefile.DisclosureLog;
import nl.regiekit.json.Limits;
import nl.regiekit.service.internal.Api;
import nl.regiekit.service.internal.Root;

/**
 * The Regiekit service (the plug-in): the library as an HTTP/JSON service under {@code /v1}, described
 * by {@code GET /v1/openapi.json}, on Jetty 12's core server. Stored case files go through a
 * {@link CaseFileRepository} and every disclosure of one through a {@link DisclosureLog}, so that any
 * store plugs in. Bounded by design: bodies over the library's size limit are refused before they are
 * read whole, slow clients meet an idle timeout, at most {@code maxConcurrentRequests} requests are
 * handled at once (up to 1,024 more wait, at most 5 s, before their body is read; beyond that they
 * get 503), so a burst cannot exhaust memory; stopping
 * lets requests in flight finish. Thread-safe.
 */
public final class RegiekitService implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final Root root;

    private RegiekitService(Builder builder) {
        // The job queue is Jetty's unbounded one: the QoS handler below bounds the requests, and a job the pool
        // rejected (a bounded queue, full in a burst) is lost to Jetty, a request that never completes and, for
        // a request the QoS handler resumed, a permit never given back, until every request waits and gets 503.
        QueuedThreadPool threads = new QueuedThreadPool(builder.maxConcurrentRequests + 8, 4, 60_000);
        threads.setName("regiekit");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        http.setRequestHeaderSize(16 * 1024);
        http.setHttpCompliance(HttpCompliance.RFC9110);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(builder.host);
        connector.setPort(builder.port);
        connector.setIdleTimeout(builder.idleTimeout.toMillis());
        server.addConnector(connector);
        Api api = new Api(builder.config, builder.limits, builder.files, builder.disclosures,
            () -> server.isStarted() && !server.isStopping());
        root = new Root(api, builder.tokens, builder.accessLog, builder.limits.maxBytes());
        QoSHandler qos = new QoSHandler(root);
        qos.setMaxRequestCount(builder.maxConcurrentRequests);
        // A waiting request has not had its body read: it holds a connection's buffers, not a document.
        qos.setMaxSuspendedRequestCount(1024);
        qos.setMaxSuspend(Duration.ofSeconds(5));
        server.setHandler(new GracefulHandler(qos));
        server.setErrorHandler(Root.errors());
        server.setStopTimeout(builder.stopTimeout.toMillis());
        server.setStopAtShutdown(false);
    }

    /** A builder; give it at least the tokens, the repository and the disclosure log. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts answering.
     *
     * @return this service
     * @throws java.io.IOException if the port cannot be bound
     * @throws IllegalStateException if the server cannot start for another reason
     */
    public RegiekitService start() throws java.io.IOException {
        try {
            server.start();
        } catch (java.io.IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the service could not start: " + e.getClass().getName(), e);
        }
        return this;
    }

    /** The port bound, once started (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The base address, as {@code http://127.0.0.1:8080}. */
    public URI uri() {
        return URI.create("http://" + new InetSocketAddress(connector.getHost(), port()).getHostString() + ":" + port());
    }

    /** Every operation the service answers, as {@code GET /v1/codes}. */
    public List<String> operations() {
        return root.operations();
    }

    /**
     * Stops gracefully: no new connections, requests in flight finish (up to the stop timeout).
     *
     * @throws IllegalStateException if the server cannot stop
     */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the service could not stop: " + e.getClass().getName(), e);
        }
    }

    /** Builds a {@link RegiekitService}; not thread-safe. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private Tokens tokens = Tokens.none();
        private CaseFileRepository files;
        private DisclosureLog disclosures;
        private RegiekitConfig config = RegiekitConfig.defaults();
        private Limits limits = Limits.DEFAULTS;
        private Consumer<String> accessLog = line -> { };
        private int maxConcurrentRequests = 2 * Runtime.getRuntime().availableProcessors() + 2;
        private Duration idleTimeout = Duration.ofSeconds(10);
        private Duration stopTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        /** The address to bind; default {@code 127.0.0.1}. */
        public Builder host(String value) {
            host = Objects.requireNonNull(value, "host");
            return this;
        }

        /**
         * The port; default 8080, 0 for any free port.
         *
         * @throws IllegalArgumentException if not in 0..65535
         */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
            port = value;
            return this;
        }

        /** The accepted bearer tokens; default none. */
        public Builder tokens(Tokens value) {
            tokens = Objects.requireNonNull(value, "tokens");
            return this;
        }

        /** Where stored case files are kept; required. */
        public Builder caseFiles(CaseFileRepository value) {
            files = Objects.requireNonNull(value, "caseFiles");
            return this;
        }

        /** Where each disclosure of a stored case file is written; required. */
        public Builder disclosures(DisclosureLog value) {
            disclosures = Objects.requireNonNull(value, "disclosures");
            return this;
        }

        /**
         * The configuration the service validates, monitors and reports by: the organisation's policy, the
         * catalogues, the organisation's own rules, and the clock for today and disclosure times; default
         * {@link RegiekitConfig#defaults()}.
         */
        public Builder config(RegiekitConfig value) {
            config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** The input limits; default {@link Limits#DEFAULTS}. */
        public Builder limits(Limits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** Where each access-log line (JSON, no personal data) goes; default nowhere. */
        public Builder accessLog(Consumer<String> value) {
            accessLog = Objects.requireNonNull(value, "accessLog");
            return this;
        }

        /**
         * How many requests are handled at once; default twice the processors and two.
         *
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxConcurrentRequests(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxConcurrentRequests must be at least 1");
            }
            maxConcurrentRequests = value;
            return this;
        }

        /** How long a connection may stay silent, also in the middle of a body; default 10 s. */
        public Builder idleTimeout(Duration value) {
            idleTimeout = Objects.requireNonNull(value, "idleTimeout");
            return this;
        }

        /** How long stopping waits for requests in flight; default 10 s. */
        public Builder stopTimeout(Duration value) {
            stopTimeout = Objects.requireNonNull(value, "stopTimeout");
            return this;
        }

        /**
         * The service, not yet started.
         *
         * @throws NullPointerException if no repository or disclosure log was given
         */
        public RegiekitService build() {
            Objects.requireNonNull(files, "caseFiles");
            Objects.requireNonNull(disclosures, "disclosures");
            return new RegiekitService(this);
        }
    }
}
