package fr.capmob.portal.web;

import fr.capmob.portal.shared.CountedPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the links of a list page (other page, other sort) keeping every filter of the current request.
 * Controllers add it to the model as {@code links}; the pagination and sort fragments use it.
 */
public final class PageLinks {

    /** Page numbers shown either side of the current one; with first, previous, next and last, at most 9 links. */
    public static final int WINDOW = 2;

    private final HttpServletRequest request;
    private final String path;
    private final Set<String> kept;

    private PageLinks(HttpServletRequest request, String path, Set<String> kept) {
        this.request = request;
        this.path = path;
        this.kept = kept;
    }

    public static PageLinks of(HttpServletRequest request, String path) {
        return new PageLinks(request, path, null);
    }

    /**
     * Links keeping only the named parameters of the request: for a page shown again by a POST (a form with errors),
     * whose request also holds the form's fields.
     */
    public static PageLinks keeping(HttpServletRequest request, String path, String... names) {
        return new PageLinks(request, path, Set.of(names));
    }

    public String page(int page) {
        return builder().replaceQueryParam("page", page).build().encode().toUriString();
    }

    /**
     * The page numbers (0-based) of the window around {@code current}: at most {@code 2 × WINDOW + 1}, never outside
     * {@code 0 … totalPages - 1}, whatever {@code current} is.
     */
    public static List<Integer> window(int current, int totalPages) {
        if (totalPages <= 0) {
            return List.of();
        }
        int page = Math.max(0, Math.min(current, totalPages - 1));
        int from = Math.max(0, Math.min(page - WINDOW, totalPages - 1 - 2 * WINDOW));
        int to = Math.min(totalPages - 1, from + 2 * WINDOW);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** For a list counted only up to a bound ({@link CountedPage}): how many rows at least match; else null. */
    public static Long moreThan(Page<?> page) {
        return page instanceof CountedPage<?> counted ? counted.moreThan() : null;
    }

    /** Link that sorts by {@code key}; clicking the current sort key again flips the direction. */
    public String sort(String key) {
        String currentSort = request.getParameter("sort");
        boolean ascending = !"desc".equalsIgnoreCase(request.getParameter("dir"));
        String dir = key.equals(currentSort) && ascending ? "desc" : "asc";
        return builder().replaceQueryParam("sort", key).replaceQueryParam("dir", dir)
                .replaceQueryParam("page").build().encode().toUriString();
    }

    /** "asc", "desc" or "" for the given key, so the header can show an arrow. */
    public String sortState(String key) {
        if (!key.equals(request.getParameter("sort"))) {
            return "";
        }
        return "desc".equalsIgnoreCase(request.getParameter("dir")) ? "desc" : "asc";
    }

    private UriComponentsBuilder builder() {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && (kept == null || kept.contains(name))) {
                builder.queryParam(name, (Object[]) values);
            }
        });
        return builder;
    }
}
