package fr.capmob.portal.consortium.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A UAI: 7 digits and the right check letter. When only the letter is wrong, the message says which letter
 * is expected ({@code school.uai.wrongLetter}, with the parameters {@code {uai}} and {@code {expected}}).
 * A blank value passes (required-ness is {@code @NotBlank}'s job).
 */
@Documented
@Constraint(validatedBy = UaiCheckLetterValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface UaiCheckLetter {

    String message() default "{school.uai.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
