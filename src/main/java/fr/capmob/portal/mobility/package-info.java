/**
 * Mobilities: every stay abroad of a student or staff member, from draft to report, the group trips that gather
 * them, the participant reports and exam results, and the grant of each mobility (computed with funding's
 * calculator, frozen at CONFIRMED). Publishes the read side of mobilities: the views mobility_view and trip_view
 * (migration V20_1) with the lifecycle stages defined once (MobilityStage), which every other module reads
 * instead of the tables. Uses account, consortium (projects, generations), funding (rates, calculator), geo
 * (cities, distances), participant (minors), partner (hosts), shared and web.
 */
@ApplicationModule(allowedDependencies = {"account", "consortium", "funding", "geo", "mail", "participant", "partner", "shared", "web"})
package fr.capmob.portal.mobility;

import org.springframework.modulith.ApplicationModule;
