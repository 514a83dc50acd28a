# Build the jar with JDK 17, Maven and Node (the build bundles GraphiQL from graphiql-ui/ and the explorer from
# explorer-ui/ with npm), then run it on a
# JRE. The build stage copies every path the Maven build reads; DockerfileTest checks that against pom.xml.

# Node and npm for the GraphiQL bundle, taken from the official Node image (Node >= 18 is needed: esbuild's engines)
FROM node:24-bookworm-slim AS node

FROM maven:3.9-eclipse-temurin-17 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
    && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
    && node --version && npm --version
WORKDIR /src
# dependencies and npm packages first, in their own layers, so that a source change does not fetch them again
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY graphiql-ui/package.json graphiql-ui/package-lock.json graphiql-ui/
RUN cd graphiql-ui && npm ci --no-audit --no-fund
COPY explorer-ui/package.json explorer-ui/package-lock.json explorer-ui/
RUN cd explorer-ui && npm ci --no-audit --no-fund
COPY graphiql-ui graphiql-ui
COPY explorer-ui explorer-ui
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
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/readout.jar"]
