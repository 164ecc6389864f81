# Servewell: build the production jar, then run it on a JRE as an unprivileged user.
# Built by docker compose (see docker-compose.yml and README.md).

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY training-content/pom.xml training-content/pom.xml
COPY core/pom.xml core/pom.xml
COPY web/pom.xml web/pom.xml
# The benchmark module is listed in the root pom; only its pom is needed, it is not built here.
COPY bench/pom.xml bench/pom.xml
# Dependencies first, so that a source change does not download them again.
RUN ./mvnw -B -ntp -q -pl web -am dependency:go-offline -DexcludeGroupIds=org.servewell || true
COPY training-content/src training-content/src
COPY core/src core/src
COPY web/src web/src
RUN ./mvnw -B -ntp -DskipTests -pl web -am package

FROM eclipse-temurin:21-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app servewell \
 && mkdir -p /app/data && chown -R servewell /app
WORKDIR /app
COPY --from=build /src/web/target/servewell.jar /app/servewell.jar
USER servewell
ENV SERVEWELL_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/servewell.jar"]
