package fr.capmob.portal.shared;

import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns the {@code page}, {@code size}, {@code sort} and {@code dir} request parameters of a list page into
 * a {@link Pageable}, accepting only the sort keys the page declares (so a user cannot sort on anything else).
 */
public final class ListQuery {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    private ListQuery() {
    }

    /**
     * @param sortKeys the sort keys the page offers, mapped to the entity property (or properties, comma separated)
     */
    public static Pageable pageable(Integer page, Integer size, String sort, String dir,
                                    Map<String, String> sortKeys, String defaultKey) {
        int pageNumber = page == null || page < 0 ? 0 : page;
        int pageSize = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        String key = sort != null && sortKeys.containsKey(sort) ? sort : defaultKey;
        Sort.Direction direction = "desc".equalsIgnoreCase(dir) ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort order = Sort.by(direction, sortKeys.get(key).split(",")).and(Sort.by("id"));
        return PageRequest.of(pageNumber, pageSize, order);
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
