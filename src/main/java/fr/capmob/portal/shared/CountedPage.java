package fr.capmob.portal.shared;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose rows were counted only up to a bound ({@link SearchSql#COUNT_WINDOW} past the page): more than
 * {@link #moreThan()} rows match. Counting every row of a national list (74,000 mobilities, 133,000 payments) on every
 * view would cost more than the page; the list says "more than N" and its next pages stay reachable.
 */
public final class CountedPage<T> extends PageImpl<T> {

    private final long moreThan;

    CountedPage(List<T> content, Pageable pageable, long moreThan) {
        super(content, pageable, moreThan + 1);
        this.moreThan = moreThan;
    }

    /** How many rows at least match, beyond which they were not counted. */
    public long moreThan() {
        return moreThan;
    }

    /** {@code page}'s position and count with other rows: still a {@code CountedPage} when {@code page} was one. */
    public static <U> Page<U> withContent(Page<?> page, List<U> content) {
        return page instanceof CountedPage<?> counted
                ? new CountedPage<>(content, page.getPageable(), counted.moreThan())
                : new PageImpl<>(content, page.getPageable(), page.getTotalElements());
    }

    /** The same page of other objects, still counted only up to its bound. */
    @Override
    public <U> CountedPage<U> map(Function<? super T, ? extends U> converter) {
        return new CountedPage<>(getContent().stream().<U>map(converter).toList(), getPageable(), moreThan);
    }
}
