# Build: ./mvnw -DskipTests package && docker build -t capmob-portal .
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 capmob
USER capmob
COPY target/capmob-portal-*.jar /app/portal.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/portal.jar"]
