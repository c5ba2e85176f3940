package fr.capmob.portal.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link PlausibleDate}; "today" is the validator's clock (the system clock in Europe/Paris by default). */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    private boolean past;
    private String pastMessage;
    private int min;
    private int max;

    @Override
    public void initialize(PlausibleDate annotation) {
        this.past = annotation.past();
        this.pastMessage = annotation.pastMessage();
        this.min = annotation.min();
        this.max = annotation.max();
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        if (date == null) {
            return true;
        }
        if (date.getYear() < min || date.getYear() > max) {
            return false;
        }
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        if (past && !date.isBefore(today)) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(pastMessage).addConstraintViolation();
            return false;
        }
        return true;
    }

    /** The year rule alone, for dates read elsewhere than in a form (an imported file). */
    public static boolean isPlausible(LocalDate date) {
        return date.getYear() >= PlausibleDate.MIN_YEAR && date.getYear() <= PlausibleDate.MAX_YEAR;
    }
}
