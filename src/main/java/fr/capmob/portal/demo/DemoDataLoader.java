package fr.capmob.portal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import fr.capmob.portal.shared.AuditActor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo consortium into an empty database on start-up, then prints the demo logins.
 * Only with {@code portal.demo-data.enabled=true} (the {@code demo} profile of {@code ./mvnw spring-boot:run}).
 * <p>
 * It runs once every bean exists (Flyway has migrated) but before the web server opens its port, so nobody can
 * reach the sign-in page while the demo users do not exist yet (an {@code ApplicationRunner} would run after).
 */
@Component
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoConsortium demo;
    private final DemoImpact impact;
    private final DemoGrants grants;
    private final DemoBudget budget;

    DemoDataLoader(DemoConsortium demo, DemoImpact impact, DemoGrants grants, DemoBudget budget) {
        this.demo = demo;
        this.impact = impact;
        this.grants = grants;
        this.budget = budget;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (demo.isLoaded()) {
            log.info("Demo data: the database already has data, nothing loaded.");
        } else {
            AuditActor.run("demo", this::load); // the audit trail names the demo loader as the author of what it writes
        }
        printLogins();
    }

    private void load() {
        // schools, projects, hosts, participants, mobilities with their learning agreements, users
        demo.load();
        // participant reports and exam results (the impact dashboard's outcome figures)
        impact.load();
        log.info("Demo data: {} mobility grants computed.", grants.load());
        // after the mobilities and their grants: allocations, payments and invoices computed from them
        log.info("Demo data: budgets loaded ({}).", budget.load());
        log.info("Demo data: the CAPMOB demo consortium is loaded (33 schools, 2 projects, 17 tutoring pairs, 40 host organisations in 20 countries, 471 students, 246 staff and 4 guests who came from abroad).");
    }

    private void printLogins() {
        StringBuilder logins = new StringBuilder("\n\n  CAPMOB Portal demo — open http://localhost:8080 and sign in as:\n");
        for (DemoConsortium.DemoLogin login : DemoConsortium.LOGINS) {
            logins.append(String.format("    %-38s %-16s %s%n", login.email(), login.role(), login.who()));
        }
        logins.append("  Password for every demo user: ").append(DemoConsortium.DEMO_PASSWORD).append("\n");
        log.info(logins.toString());
    }
}
