package fr.capmob.portal.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the background refresh of the dashboard snapshots ({@link DashboardSnapshots#refresh()}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DashboardScheduling {
}
