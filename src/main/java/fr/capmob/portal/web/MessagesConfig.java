package fr.capmob.portal.web;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The portal's texts: the bundles of {@code spring.messages.basename}, French by default, English beside.
 * <p>
 * A page looks up a few hundred texts. Spring Boot's default source asks each of the 21 bundles in turn for every
 * text; this one, caching forever, merges them once per language into one table, so a text is one lookup. The first
 * bundle listed still wins when two define the same key, as before.
 */
@Configuration
class MessagesConfig {

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String basenames,
                                @Value("${spring.messages.encoding:UTF-8}") String encoding) {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(Arrays.stream(basenames.split(",")).map(name -> "classpath:" + name.trim())
                .toArray(String[]::new));
        source.setDefaultEncoding(encoding);
        source.setFallbackToSystemLocale(false);
        source.setCacheMillis(-1);
        return source;
    }
}
