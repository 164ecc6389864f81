# Servewell: build the production jar, then run it on a JRE as an unprivileged user, from the JDK's AOT cache made by a
# training run while the image is built (README "Faster start", bench/README.md "Start-up time").
# Built by docker compose (see docker-compose.yml and README.md).

FROM eclipse-temurin:25-jdk AS build
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
# Extracted (servewell.jar and lib/), as the JDK's AOT cache needs.
RUN java -Djarmode=tools -jar web/target/servewell.jar extract --destination /src/app

FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app servewell \
 && mkdir -p /app/data && chown -R servewell /app
WORKDIR /app
COPY --from=build --chown=servewell /src/app /app
USER servewell
ENV SERVEWELL_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# The training run, on this image's JVM with the options above: the application starts on the embedded database in a
# scratch folder, its context is refreshed (migrations, Hibernate, every bean) and it stops before serving; the JVM
# writes the classes it loaded and linked, and its method profiles, to /app/servewell.aot. The cache holds only for
# this jar and this JVM, with the class path written the same way: the entry point's /app/servewell.jar.
RUN SERVEWELL_DATA_DIR=/tmp/servewell-training \
    java -XX:AOTCacheOutput=/app/servewell.aot -Dspring.context.exit=onRefresh -jar /app/servewell.jar \
 && rm -rf /tmp/servewell-training
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/servewell.aot", "-jar", "/app/servewell.jar"]
