/**
 * Shared web infrastructure: layout, error pages, i18n, pagination and list helpers, the base entity.
 * An open module: every other module may use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.capmob.portal.web;
