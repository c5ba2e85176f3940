package fr.capmob.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

    /** Groovy's setting for how many times a call site may change its target (see {@link #settleGroovyCallSites}). */
    static final String GROOVY_FALLBACK_CUTOFF = "groovy.indy.fallback.cutoff";

    public static void main(String[] args) {
        settleGroovyCallSites();
        SpringApplication.run(PortalApplication.class, args);
    }

    /**
     * The Thymeleaf Layout Dialect, which every page goes through, is written in Groovy. Each of its call sites that
     * meets objects of several classes (the events of a page) switches its target from one class's method to the
     * next, and every switch throws away the machine code built on it: by default up to 100 times per call site. On
     * a 2-core machine the one C2 compiler thread then stayed busy for minutes after the traffic had stopped (700
     * methods queued, one core of two). Cut off after the first switch, the call sites keep their generic target and
     * the compiler is idle a minute after start-up. A value given on the command line is kept.
     */
    static void settleGroovyCallSites() {
        if (System.getProperty(GROOVY_FALLBACK_CUTOFF) == null) {
            System.setProperty(GROOVY_FALLBACK_CUTOFF, "0");
        }
    }
}
