package fr.capmob.portal.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Names the background work (a scheduled job, the demo loader) that the audit trail records as the author of
 * the writes it makes on this thread; without a signed-in user nor a job name the author is "system".
 */
public final class AuditActor {

    private static final ThreadLocal<String> JOB = new ThreadLocal<>();

    private AuditActor() {
    }

    /** Runs the work with {@code jobName} as the author of its writes. */
    public static <T> T as(String jobName, Supplier<T> work) {
        String previous = JOB.get();
        JOB.set(jobName);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                JOB.remove();
            } else {
                JOB.set(previous);
            }
        }
    }

    public static void run(String jobName, Runnable work) {
        as(jobName, () -> {
            work.run();
            return null;
        });
    }

    /** The job running on this thread, if any. */
    public static Optional<String> jobName() {
        return Optional.ofNullable(JOB.get());
    }

    /** The signed-in user's name (their e-mail) for "updated by" columns, or "system" for work without a user. */
    public static String signedInOrSystem() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication.getName() : "system";
    }
}
