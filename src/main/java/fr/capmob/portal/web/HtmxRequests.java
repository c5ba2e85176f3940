package fr.capmob.portal.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx requests get only the fragment that changes (the same fragment the full page includes). */
public final class HtmxRequests {

    private HtmxRequests() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** The full page, or only its {@code fragment} when htmx asked. */
    public static String view(HttpServletRequest request, String template, String fragment) {
        return isHtmx(request) ? template + " :: " + fragment : template;
    }
}
