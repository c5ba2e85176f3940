package fr.capmob.portal.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a {@link Mail} into its subject, HTML body and plain-text alternative, in the recipient's language, with
 * the portal's messages. A template engine of its own (HTML and TEXT resolvers on {@code mail-templates/}) so the
 * pages' view resolver never serves a mail template. Links are absolute on {@code portal.public-base-url}.
 */
@Component
class MailRenderer {

    private final SpringTemplateEngine htmlEngine;
    private final SpringTemplateEngine textEngine;
    private final MessageSource messages;
    private final MailProperties properties;
    private final String baseUrl;

    MailRenderer(MessageSource messages, MailProperties properties,
                 @Value("${portal.public-base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.properties = properties;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.htmlEngine = engine(messages, TemplateMode.HTML, ".html");
        this.textEngine = engine(messages, TemplateMode.TEXT, ".txt");
    }

    private static SpringTemplateEngine engine(MessageSource messages, TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail-templates/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    Rendered render(Mail mail) {
        Locale locale = Locale.forLanguageTag(mail.language());
        Map<String, Object> variables = new HashMap<>();
        mail.variables().forEach((name, value) -> variables.put(name, value instanceof MailLink link ? url(link) : value));
        variables.put("consortiumName", properties.consortiumName());
        variables.put("portalUrl", baseUrl + "/");
        Context context = new Context(locale, variables);
        java.util.List<Object> subjectArguments = new java.util.ArrayList<>();
        subjectArguments.add(properties.consortiumName());
        subjectArguments.addAll(mail.subjectArguments());
        String subject = messages.getMessage(mail.subjectKey(), subjectArguments.toArray(), locale);
        String html = htmlEngine.process(mail.template(), context);
        String text = textEngine.process(mail.template(), context);
        return new Rendered(subject, html, text);
    }

    String url(MailLink link) {
        return baseUrl + link.path();
    }

    record Rendered(String subject, String html, String text) {
    }
}
