# Build the jar with Maven, then run it on a JRE. CoreNLP's models need a few GB of heap.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY graphql graphql
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /app readout
WORKDIR /app
COPY --from=build /src/target/readout-*.jar /app/readout.jar
# the embedded MongoDB keeps its files here when no MONGODB_URI is given
RUN mkdir -p /app/data && chown readout /app/data
VOLUME /app/data
USER readout
EXPOSE 8080
ENV JAVA_OPTS="-Xmx4g"
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/readout.jar"]
