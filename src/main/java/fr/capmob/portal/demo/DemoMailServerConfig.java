package fr.capmob.portal.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An in-process SMTP server (GreenMail, from Maven) for {@code ./mvnw spring-boot:run}: the portal's mail goes
 * there over real SMTP ({@code spring.mail.host}/{@code port} in application-demo.yml), and
 * {@code /demo/mailbox} shows what it received. The dependency is optional, so a packaged jar never has it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = DemoMailServerConfig.GREENMAIL)
@ConditionalOnProperty(name = "portal.demo-mail.enabled", havingValue = "true")
class DemoMailServerConfig {

    static final String GREENMAIL = "com.icegreen.greenmail.util.GreenMail";
    private static final Logger log = LoggerFactory.getLogger(DemoMailServerConfig.class);

    @Bean(destroyMethod = "stop")
    GreenMail demoMailServer(@Value("${portal.demo-mail.port:3025}") int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        log.info("Demo SMTP server listening on 127.0.0.1:{}; messages on /demo/mailbox", port);
        return server;
    }

    @Bean
    DemoMailbox demoMailbox(GreenMail demoMailServer) {
        return new DemoMailbox(demoMailServer::getReceivedMessages);
    }
}
