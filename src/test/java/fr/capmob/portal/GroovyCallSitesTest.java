package fr.capmob.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The portal cuts the Layout Dialect's call-site switching short, unless the command line says otherwise. */
class GroovyCallSitesTest {

    private final String before = System.getProperty(PortalApplication.GROOVY_FALLBACK_CUTOFF);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PortalApplication.GROOVY_FALLBACK_CUTOFF);
        } else {
            System.setProperty(PortalApplication.GROOVY_FALLBACK_CUTOFF, before);
        }
    }

    @Test
    void withoutAValueTheCallSitesStopSwitchingAfterTheFirstTime() {
        System.clearProperty(PortalApplication.GROOVY_FALLBACK_CUTOFF);
        PortalApplication.settleGroovyCallSites();
        assertThat(System.getProperty(PortalApplication.GROOVY_FALLBACK_CUTOFF)).isEqualTo("0");
    }

    @Test
    void aValueGivenOnTheCommandLineIsKept() {
        System.setProperty(PortalApplication.GROOVY_FALLBACK_CUTOFF, "100");
        PortalApplication.settleGroovyCallSites();
        assertThat(System.getProperty(PortalApplication.GROOVY_FALLBACK_CUTOFF)).isEqualTo("100");
    }
}
