package fr.capmob.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** Page numbers and sizes a user cannot abuse: clamped, and a page beyond the last answered with the last. */
class ListQueryTest {

    private static final Map<String, String> KEYS = Map.of("name", "name");

    @Test
    void sizesAndPageNumbersAreClamped() {
        assertThat(ListQuery.pageable(null, null, null, null, KEYS, "name").getPageSize()).isEqualTo(ListQuery.DEFAULT_SIZE);
        assertThat(ListQuery.pageable(0, 100_000, null, null, KEYS, "name").getPageSize()).isEqualTo(ListQuery.MAX_SIZE);
        assertThat(ListQuery.pageable(0, -5, null, null, KEYS, "name").getPageSize()).isEqualTo(ListQuery.DEFAULT_SIZE);
        assertThat(ListQuery.pageable(-3, 10, null, null, KEYS, "name").getPageNumber()).isZero();
        assertThat(ListQuery.pageable(Integer.MAX_VALUE, 100, null, null, KEYS, "name").getPageNumber()).isEqualTo(ListQuery.MAX_PAGE);
    }

    @Test
    void aPageBeyondTheLastIsTheLast() {
        Pageable tenMillion = ListQuery.pageable(10_000_000, 25, "name", "desc", KEYS, "name");
        // 101 rows of 25: pages 0 to 4
        Pageable within = ListQuery.within(tenMillion, 101);
        assertThat(within.getPageNumber()).isEqualTo(4);
        assertThat(within.getPageSize()).isEqualTo(25);
        assertThat(within.getSort()).isEqualTo(tenMillion.getSort());
        assertThat(ListQuery.within(ListQuery.pageable(4, 25, null, null, KEYS, "name"), 100).getPageNumber()).isEqualTo(3);
        assertThat(ListQuery.within(ListQuery.pageable(3, 25, null, null, KEYS, "name"), 100).getPageNumber()).isEqualTo(3);
        assertThat(ListQuery.within(tenMillion, 0).getPageNumber()).isZero();
    }

    @Test
    void aClampedQueryRunsOnceMoreOnlyWhenAskedBeyondTheLastPage() {
        List<Long> rows = LongStream.rangeClosed(1, 60).boxed().toList();
        List<Integer> asked = new ArrayList<>();
        java.util.function.Function<Pageable, Page<Long>> query = p -> {
            asked.add(p.getPageNumber());
            int from = (int) Math.min(p.getOffset(), rows.size());
            return new PageImpl<>(rows.subList(from, Math.min(from + p.getPageSize(), rows.size())), p, rows.size());
        };
        Page<Long> last = ListQuery.clamped(ListQuery.pageable(99_999, 25, null, null, KEYS, "name"), query);
        assertThat(last.getNumber()).isEqualTo(2);
        assertThat(last.getContent()).containsExactly(51L, 52L, 53L, 54L, 55L, 56L, 57L, 58L, 59L, 60L);
        assertThat(asked).containsExactly(99_999, 2);

        asked.clear();
        assertThat(ListQuery.clamped(ListQuery.pageable(1, 25, null, null, KEYS, "name"), query).getNumber()).isEqualTo(1);
        assertThat(asked).containsExactly(1);
    }
}
