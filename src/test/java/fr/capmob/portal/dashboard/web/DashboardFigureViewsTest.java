package fr.capmob.portal.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.dashboard.Breakdown;
import fr.capmob.portal.dashboard.DashboardFigures;
import fr.capmob.portal.dashboard.Dimension;
import fr.capmob.portal.dashboard.Share;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.thymeleaf.context.IContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The dashboard's figures are written once per figures (or snapshot), language and links, and again when one of them
 * changes.
 */
class DashboardFigureViewsTest {

    private final AtomicInteger renders = new AtomicInteger();
    private final DashboardFigureViews views = new DashboardFigureViews(countingEngine(), new EuropeMap(),
            new DashboardLabels(messages()));

    @Test
    void writesTheFiguresTheMapAndTheTables() {
        String html = html(figures(12), Locale.FRENCH);
        assertThat(html).contains("id=\"figure-learners\">12<", "href=\"/img/europe-map-abc.svg#DE\"",
                "data-country=\"DE\"", "Allemagne", "id=\"chart-MONTH\"");
        assertThat(html).doesNotContain("??");
    }

    @Test
    void theSameFiguresAreWrittenOnceAndOtherFiguresOrLanguagesAgain() {
        String first = html(figures(12), Locale.FRENCH);
        assertThat(html(figures(12), Locale.FRENCH)).isSameAs(first);
        assertThat(renders).hasValue(1);

        assertThat(html(figures(13), Locale.FRENCH)).contains("id=\"figure-learners\">13<");
        assertThat(html(figures(12), Locale.ENGLISH)).contains("Germany").doesNotContain("Allemagne");
        assertThat(renders).hasValue(3);
    }

    @Test
    void aSnapshotsFiguresAreNamedByTheSnapshotNotComparedFieldByField() {
        String first = views.html(key("1;;@2026-12-06T10:00:00Z", Locale.FRENCH), figures(12));
        // the same snapshot read again (another object, the same version): not written again
        assertThat(views.html(key("1;;@2026-12-06T10:00:00Z", Locale.FRENCH), figures(12))).isSameAs(first);
        assertThat(renders).hasValue(1);
        // the snapshot refreshed: a new version, written with its new figures
        assertThat(views.html(key("1;;@2026-12-06T10:02:00Z", Locale.FRENCH), figures(14)))
                .contains("id=\"figure-learners\">14<");
        assertThat(renders).hasValue(2);
    }

    private String html(DashboardFigures figures, Locale locale) {
        return views.html(key(figures, locale), figures);
    }

    private static DashboardFigureViews.Key key(Object version, Locale locale) {
        return new DashboardFigureViews.Key(version, false, "/dashboard.csv?lang=" + locale.getLanguage(),
                "/img/europe-map-abc.svg", locale);
    }

    private static DashboardFigures figures(long learners) {
        DashboardFigures.Summary summary = new DashboardFigures.Summary(learners + 2, learners, 2, 1, 1, 33, 14, 30,
                new BigDecimal("21"), new Share(3, learners), new Share(4, learners));
        Share none = new Share(0, 0);
        return new DashboardFigures(summary, new DashboardFigures.Outcomes(none, none, none, none), List.of(),
                Map.of(Dimension.COUNTRY, List.of(new Breakdown("DE", null, learners, 2)),
                        Dimension.MONTH, List.of(new Breakdown("2026-03", null, learners, 2))));
    }

    private SpringTemplateEngine countingEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages());
        SpringTemplateEngine counting = Mockito.spy(engine);
        Mockito.doAnswer(call -> {
            renders.incrementAndGet();
            return call.callRealMethod();
        }).when(counting).process(Mockito.anyString(), Mockito.<Set<String>>any(), Mockito.any(IContext.class));
        return counting;
    }

    private static ReloadableResourceBundleMessageSource messages() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames("classpath:i18n/messages", "classpath:i18n/dashboard", "classpath:i18n/mobility",
                "classpath:i18n/participant", "classpath:i18n/schools");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
