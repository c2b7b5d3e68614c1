# The Regiekit service in a container, for vendors who deploy containers (CI builds no image: its
# machines have no Docker engine). Build from the repository root:
#   docker build -t regiekit-service .
#   docker run -p 8080:8080 -v "$PWD/tokens:/etc/regiekit/tokens:ro" regiekit-service
# The token file has one line per token, ORGANISATION ROLE sha256:HEX (see README, "The service").
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -pl cli -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /var/lib/regiekit --create-home regiekit
COPY --from=build /src/cli/target/regiekit.jar /opt/regiekit/regiekit.jar
USER regiekit
WORKDIR /var/lib/regiekit
ENV REGIEKIT_HOST=0.0.0.0 REGIEKIT_PORT=8080 REGIEKIT_DATA=/var/lib/regiekit/data REGIEKIT_TOKENS=/etc/regiekit/tokens
EXPOSE 8080
# Orchestrators probe GET /v1/health/live and GET /v1/health/ready.
# SIGTERM (docker stop) lets requests in flight finish before the service stops.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xmx256m", "-Dorg.jboss.logging.provider=slf4j", "-jar", "/opt/regiekit/regiekit.jar", "serve"]
