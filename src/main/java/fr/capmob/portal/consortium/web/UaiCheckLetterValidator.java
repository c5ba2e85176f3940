package fr.capmob.portal.consortium.web;

import fr.capmob.portal.consortium.Uai;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link UaiCheckLetter}: the shape first, then the check letter, naming the expected one. */
class UaiCheckLetterValidator implements ConstraintValidator<UaiCheckLetter, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        String uai = Uai.normalise(value);
        if (Uai.isValid(uai)) {
            return true;
        }
        Optional<Character> expected = Uai.expectedLetterIfWrong(uai);
        if (expected.isPresent()) {
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("uai", uai.substring(0, 7))
                    .addMessageParameter("actual", uai.substring(7))
                    .addMessageParameter("expected", String.valueOf(expected.get()))
                    .buildConstraintViolationWithTemplate("{school.uai.wrongLetter}")
                    .addConstraintViolation();
        }
        return false;
    }
}
