package fr.capmob.portal.shared;

import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns the {@code page}, {@code size}, {@code sort} and {@code dir} request parameters of a list page into
 * a {@link Pageable}, accepting only the sort keys the page declares (so a user cannot sort on anything else).
 * Sizes are clamped to {@link #MAX_SIZE}, page numbers to {@link #MAX_PAGE}; a page beyond the last is answered
 * with the last page ({@link #within}, {@link #clamped}), so no request can ask for an absurd offset or render
 * an absurd number of links.
 */
public final class ListQuery {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;
    /** No list holds ten million pages; past that the number is read as this one (then as the last page). */
    public static final int MAX_PAGE = 100_000;

    private ListQuery() {
    }

    /**
     * @param sortKeys the sort keys the page offers, mapped to the entity property (or properties, comma separated)
     */
    public static Pageable pageable(Integer page, Integer size, String sort, String dir,
                                    Map<String, String> sortKeys, String defaultKey) {
        int pageNumber = page == null || page < 0 ? 0 : Math.min(page, MAX_PAGE);
        int pageSize = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        String key = sort != null && sortKeys.containsKey(sort) ? sort : defaultKey;
        Sort.Direction direction = "desc".equalsIgnoreCase(dir) ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort order = Sort.by(direction, sortKeys.get(key).split(",")).and(Sort.by("id"));
        return PageRequest.of(pageNumber, pageSize, order);
    }

    /** The pageable itself, or the last page when it asks beyond {@code total} rows (the first page when there are none). */
    public static Pageable within(Pageable pageable, long total) {
        if (pageable.isUnpaged() || pageable.getOffset() < total || pageable.getPageNumber() == 0) {
            return pageable;
        }
        int last = total == 0 ? 0 : (int) ((total - 1) / pageable.getPageSize());
        return PageRequest.of(last, pageable.getPageSize(), pageable.getSort());
    }

    /**
     * Runs a page query (a Spring Data repository's {@code findAll(spec, pageable)} for instance); when the page asked
     * for lies beyond the last, runs it once more for the last page.
     */
    public static <T> Page<T> clamped(Pageable pageable, Function<Pageable, Page<T>> query) {
        Page<T> page = query.apply(pageable);
        Pageable within = within(pageable, page.getTotalElements());
        return within == pageable ? page : query.apply(within);
    }

    /**
     * A page read with its count in the same statement (a window over the matching rows), which says nothing when the
     * page asked for lies beyond the last: then {@code count} counts the rows alone and the last page is read.
     */
    public static <T> Page<T> windowed(Pageable pageable, Function<Pageable, Page<T>> read, LongSupplier count) {
        Page<T> page = read.apply(pageable);
        if (!page.getContent().isEmpty() || pageable.getOffset() == 0) {
            return page;
        }
        Pageable last = within(pageable, count.getAsLong());
        return last.getOffset() == pageable.getOffset() ? page : read.apply(last);
    }

    /** A search text trimmed to null when blank, and lower-cased for SQL {@code like}. */
    public static String searchPattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
