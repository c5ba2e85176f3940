package fr.capmob.portal.web;

import fr.capmob.portal.shared.ConcurrentEditException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Errors that controllers do not handle themselves. A concurrent save caught only at flush time (two saves
 * in the same instant) gets the conflict page; everything else unexpected falls to Boot's error page
 * (templates/error/500.html) without any detail.
 */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, ConcurrentEditException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }
}
