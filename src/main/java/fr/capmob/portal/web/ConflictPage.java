package fr.capmob.portal.web;

import fr.capmob.portal.shared.ConcurrentEditException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.ui.Model;

/**
 * The one way a controller answers a save that came too late (someone else changed the record since the form was
 * opened): HTTP 409, who changed it and when, and the fields they changed with the values now stored
 * ({@code fragments/alerts}); the controller then shows its form again with the user's input kept.
 */
public final class ConflictPage {

    private ConflictPage() {
    }

    /**
     * @param submitted   the form the user sent
     * @param stored      the same form built from the record as now stored
     * @param labelPrefix the message-key prefix of the form's field labels ({@code student.field.})
     */
    public static void show(Model model, HttpServletResponse response, ConcurrentEditException conflict,
                            Object submitted, Object stored, String labelPrefix) {
        show(model, response, conflict, FormChanges.between(submitted, stored), labelPrefix);
    }

    /** The same, with changes the form computed itself (stored ids shown by their names, sets compared as sets). */
    public static void show(Model model, HttpServletResponse response, ConcurrentEditException conflict,
                            List<FormChanges.Change> changes, String labelPrefix) {
        model.addAttribute("conflict", conflict);
        model.addAttribute("conflictChanges", changes);
        model.addAttribute("conflictLabelPrefix", labelPrefix);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
    }
}
