package fr.capmob.portal.web;

import fr.capmob.portal.shared.ConcurrentEditException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that controllers do not handle themselves. A concurrent save caught only at flush time (two saves
 * in the same instant) gets the conflict page; a database that is away the "try again" page (503); everything else
 * unexpected falls to Boot's error page
 * (templates/error/500.html) without any detail.
 */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, ConcurrentEditException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }

    /** The database is away: the "try again" page (HTTP 503), one warning line in the log. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ModelAndView databaseAway(RuntimeException failure, HttpServletRequest request) {
        DatabaseAway.warn(request, failure);
        ModelAndView page = new ModelAndView(DatabaseAway.VIEW);
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }
}
