package nl.regiekit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A client that falls silent in the middle of its body is answered 408 and let go, not waited for. */
class SlowClientTests {

    @Test
    void aClientSilentInTheMiddleOfItsBodyIsLetGo() throws Exception {
        try (TestServer server = new TestServer(Duration.ofMillis(300));
             Socket socket = new Socket(server.service.uri().getHost(), server.service.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(TestServer.utf8("POST /v1/validations HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TestServer.INTEGRATOR + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{\"kind\": "));
            socket.getOutputStream().flush();

            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            // Either the 408 reaches the client before the connection closes, or only the close does.
            assertThat(answer.isEmpty() || answer.startsWith("HTTP/1.1 408 ")).as(answer).isTrue();
            // The line is written once the answer is, which may be just after the client saw the close.
            assertThat(server.awaitAccessLine()).as("an access-log line within ten seconds").isTrue();
            assertThat(server.accessLog).anySatisfy(line ->
                assertThat(line).contains("\"route\":\"/v1/validations\"").contains("\"status\":408"));
        }
    }
}
