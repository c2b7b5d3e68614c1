/**
 * The Regiekit service (the plug-in): the library over HTTP/JSON under {@code /v1} for registration
 * systems in any language, on Jetty 12's core server (no servlet layer). Exports only its API
 * package; routes, problems and the access log live in {@code nl.regiekit.service.internal}.
 */
module nl.regiekit.service {
    requires transitive nl.regiekit.json;
    requires nl.regiekit.report;
    requires org.eclipse.jetty.server;
    requires org.slf4j;

    exports nl.regiekit.service;
}
