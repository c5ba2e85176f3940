package fr.capmob.portal.consortium;

import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;

/** Which database constraint a refused statement broke, so the page can say it in words. */
final class ViolatedConstraint {

    private ViolatedConstraint() {
    }

    static boolean is(DataIntegrityViolationException exception, String constraintName) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && constraintName.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(constraintName)) {
                return true;
            }
        }
        return false;
    }
}
