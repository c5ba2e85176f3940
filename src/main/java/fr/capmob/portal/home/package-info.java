/**
 * The home page as each user's workspace: what waits for them, each item a count and a link to the filtered list,
 * gathered from every module that publishes an {@link fr.capmob.portal.account.WorkItemSource} (mobility: submissions,
 * drafts sent back, consents and documents missing, reports; budget: advances and balances due, amounts to recover,
 * invoices to enter), and a referent's school by its name. Uses account and web.
 */
@ApplicationModule(allowedDependencies = {"account", "web"})
package fr.capmob.portal.home;

import org.springframework.modulith.ApplicationModule;
