/**
 * Web infrastructure: the layout's controllers, error pages, locale and language cookie, pagination links, htmx
 * helpers, form-change comparison and the one conflict (HTTP 409) page model shared by the controllers. Uses
 * shared only; every module with pages uses it.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package fr.capmob.portal.web;

import org.springframework.modulith.ApplicationModule;
