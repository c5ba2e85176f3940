package fr.capmob.portal.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one rule for every date typed into a form: a year from {@link #MIN_YEAR} to {@link #MAX_YEAR} (year 0 or
 * 10000 is a typing slip, and PostgreSQL or a PDF would choke on it later), and, for a birth date, a day before today.
 * An empty date passes (a {@code @NotNull} says whether it is required). Every {@code LocalDate} field of a
 * {@code *Form} carries it ({@code PlausibleDateRuleTest} checks), payment dates excepted (their own rule).
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    int MIN_YEAR = 1900;
    int MAX_YEAR = 2100;

    /** The first year accepted; kept at {@link #MIN_YEAR} by every form. */
    int min() default MIN_YEAR;

    /** The last year accepted; kept at {@link #MAX_YEAR} by every form. */
    int max() default MAX_YEAR;

    /** True for a birth date: it must also be before today. */
    boolean past() default false;

    /** The message when a {@link #past()} date is today or later. */
    String pastMessage() default "{validation.date.notPast}";

    String message() default "{validation.date.implausible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
