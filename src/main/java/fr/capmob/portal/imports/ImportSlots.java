package fr.capmob.portal.imports;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many uploads one user may have read at the same time ({@code portal.imports.max-concurrent-per-user}, 1 by
 * default): a second simultaneous upload by the same user is refused at once with a message, so that nobody can
 * occupy the server with parallel reads of large workbooks.
 */
@Component
class ImportSlots {

    private final int perUser;
    private final ConcurrentMap<Long, Integer> running = new ConcurrentHashMap<>();

    ImportSlots(@Value("${portal.imports.max-concurrent-per-user:1}") int perUser) {
        this.perUser = Math.max(1, perUser);
    }

    /** Runs {@code work} in one of the user's slots, or refuses with {@code imports.file.busy} when they are all taken. */
    <T> T run(long userId, Supplier<T> work) {
        boolean[] taken = {false};
        running.compute(userId, (id, count) -> {
            int now = count == null ? 0 : count;
            taken[0] = now < perUser;
            return taken[0] ? now + 1 : now;
        });
        if (!taken[0]) {
            throw new ImportFileException("imports.file.busy");
        }
        try {
            return work.get();
        } finally {
            running.computeIfPresent(userId, (id, count) -> count <= 1 ? null : count - 1);
        }
    }
}
