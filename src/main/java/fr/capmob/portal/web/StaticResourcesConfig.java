package fr.capmob.portal.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files are served from four folders only, fingerprinted and cached for a year.
 * <p>
 * Why not Spring Boot's default ({@code /**} mapped to the class path): with the WebJars locator present, every
 * link the templates write ({@code @{/mobilities/12}} as well as {@code @{/css/portal.css}}) is offered to the
 * resource chain because {@code /**} matches it, and each attempt looks the path up on the class path. At 100× the
 * demo, a page with 3,300 links spent 94 % of its time there. With handlers for {@code /css}, {@code /js},
 * {@code /img} and {@code /webjars} only, other links skip the chain. {@code spring.web.resources.add-mappings} is
 * off in application.yml so Boot does not add {@code /**} back.
 * <p>
 * Our own files get a content hash in their URL ({@code /css/portal-3f2a….css}); WebJars URLs carry the library's
 * version. Either way a changed file has a new URL, so a one-year cache is safe.
 */
@Configuration
class StaticResourcesConfig implements WebMvcConfigurer {

    static final Duration CACHE_PERIOD = Duration.ofDays(365);

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl cache = CacheControl.maxAge(CACHE_PERIOD).cachePublic();
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(cache)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cache)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
