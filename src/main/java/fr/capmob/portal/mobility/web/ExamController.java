package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.mobility.ExamOutcome;
import fr.capmob.portal.mobility.ExamService;
import fr.capmob.portal.participant.StudentDetails;
import fr.capmob.portal.participant.StudentService;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.web.ConflictPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import fr.capmob.portal.web.ControlCharacters;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A student's exam results per diploma session: list, one create/edit form, delete. */
@Controller
class ExamController {

    private final ExamService exams;
    private final StudentService students;

    ExamController(ExamService exams, StudentService students) {
        this.exams = exams;
        this.students = students;
    }

    @InitBinder("examForm")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, ControlCharacters.trimming());
    }

    @GetMapping("/students/{id}/exams")
    String list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("student", students.get(id, user));
        model.addAttribute("exams", exams.results(id, user));
        model.addAttribute("mayRecord", exams.mayRecord(id, user));
        return "reports/exams";
    }

    @GetMapping("/students/{id}/exams/new")
    @PreAuthorize(MobilityController.MANAGERS)
    String createForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return form(id, null, new ExamForm(), user, model);
    }

    @PostMapping("/students/{id}/exams")
    @PreAuthorize(MobilityController.MANAGERS)
    String create(@PathVariable long id, @Valid @ModelAttribute("examForm") ExamForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        students.get(id, user);
        if (binding.hasErrors()) {
            return form(id, null, form, user, model);
        }
        exams.create(id, form.toCommand(), user);
        redirect.addFlashAttribute("success", "exam.saved");
        return "redirect:/students/" + id + "/exams";
    }

    @GetMapping("/students/{id}/exams/{examId}/edit")
    @PreAuthorize(MobilityController.MANAGERS)
    String editForm(@PathVariable long id, @PathVariable long examId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return form(id, examId, ExamForm.from(exams.get(id, examId, user)), user, model);
    }

    @PostMapping("/students/{id}/exams/{examId}")
    @PreAuthorize(MobilityController.MANAGERS)
    String update(@PathVariable long id, @PathVariable long examId, @Valid @ModelAttribute("examForm") ExamForm form,
                  BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        exams.get(id, examId, user);
        if (binding.hasErrors()) {
            return form(id, examId, form, user, model);
        }
        try {
            exams.update(id, examId, form.getVersion(), form.toCommand(), user);
        } catch (ConcurrentEditException conflict) {
            ConflictPage.show(model, response, conflict, form, ExamForm.from(exams.get(id, examId, user)), "exam.field.");
            form.setVersion(conflict.currentVersion());
            return form(id, examId, form, user, model);
        }
        redirect.addFlashAttribute("success", "exam.saved");
        return "redirect:/students/" + id + "/exams";
    }

    @PostMapping("/students/{id}/exams/{examId}/delete")
    @PreAuthorize(MobilityController.MANAGERS)
    String delete(@PathVariable long id, @PathVariable long examId, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        exams.delete(id, examId, user);
        redirect.addFlashAttribute("success", "exam.deleted");
        return "redirect:/students/" + id + "/exams";
    }

    private String form(long studentId, Long examId, ExamForm form, CurrentUser user, Model model) {
        StudentDetails student = students.get(studentId, user);
        if (!exams.mayRecord(studentId, user)) {
            throw new org.springframework.security.access.AccessDeniedException("not this school's referent");
        }
        model.addAttribute("student", student);
        model.addAttribute("examId", examId);
        model.addAttribute("examForm", form);
        model.addAttribute("levels", QualificationLevel.values());
        model.addAttribute("outcomes", ExamOutcome.values());
        return "reports/exam-form";
    }
}
