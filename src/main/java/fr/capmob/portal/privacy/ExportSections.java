package fr.capmob.portal.privacy;

import fr.capmob.portal.account.UserPrivacyData;
import fr.capmob.portal.mobility.ParticipantMobilityData;
import fr.capmob.portal.participant.StaffDetails;
import fr.capmob.portal.participant.StudentDetails;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The readable export laid out as sections of labelled values (labels are message keys; values are text). */
public final class ExportSections {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));
    static final String P = "privacy.field.";

    /** A titled group of fields; {@code title} is a message key, {@code titleArg} what it names (a reference). */
    public record Section(String title, String titleArg, List<Field> fields) {
    }

    /** A label (message key) and its value: literal text, or a message key when {@code valueIsKey}. */
    public record Field(String label, String value, boolean valueIsKey) {
    }

    private ExportSections() {
    }

    /** The sections in this language's number format (amounts "1 234,56 €" in French, "1,234.56 €" in English). */
    public static List<Section> of(PersonExport export, Locale locale) {
        List<Section> sections = new ArrayList<>();
        if (export.student() != null) {
            sections.add(student(export.student()));
        }
        if (export.staffMember() != null) {
            sections.add(staff(export.staffMember()));
        }
        if (export.user() != null) {
            sections.addAll(user(export.user()));
        }
        export.mobilities().forEach(m -> sections.add(mobility(m, locale)));
        return sections;
    }

    private static Section student(StudentDetails s) {
        return new Section("privacy.section.student", null, List.of(text("lastName", s.lastName()),
                text("firstName", s.firstName()), text("birthDate", day(s.birthDate())), text("gender", str(s.gender())),
                text("nationality", s.nationality()), text("email", s.email()), text("phone", s.phone()),
                text("school", s.schoolName()), text("level", str(s.qualificationLevel())), text("specialty", s.specialty()),
                text("className", s.className()), yesNo("fewerOpportunities", s.fewerOpportunities()),
                text("justification", s.fewerOpportunitiesJustification()), yesNo("needsSupport", s.needsSupport()),
                text("parentalConsentDate", day(s.parentalConsentDate())),
                text("emergencyContactName", s.emergencyContactName()),
                text("emergencyContactPhone", s.emergencyContactPhone()), text("updatedAt", time(s.updatedAt())),
                text("updatedBy", s.updatedBy())));
    }

    private static Section staff(StaffDetails s) {
        return new Section("privacy.section.staff", null, List.of(text("lastName", s.lastName()),
                text("firstName", s.firstName()), text("email", s.email()), text("phone", s.phone()),
                text("school", s.schoolName()), text("staffRole", str(s.role())), text("subjects", s.subjects()),
                text("languages", String.join(", ", s.languages().stream().map(l -> l.language() + " " + l.level()).toList())),
                yesNo("clil", s.clilCertified()), text("updatedAt", time(s.updatedAt())), text("updatedBy", s.updatedBy())));
    }

    private static List<Section> user(UserPrivacyData data) {
        var u = data.user();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("privacy.section.user", null, List.of(text("email", u.email()),
                text("displayName", u.displayName()), text("role", str(u.role())), text("school", u.schoolName()),
                yesNo("active", u.active()), text("language", u.preferredLanguage()), text("createdAt", time(data.createdAt())),
                text("lastSignIn", time(data.lastSignIn())), text("passwordChangedAt", time(u.passwordChangedAt())),
                text("updatedAt", time(u.updatedAt())),
                text("updatedBy", u.updatedBy()))));
        for (UserPrivacyData.Link link : data.links()) {
            sections.add(new Section("privacy.section.link", time(link.createdAt()), List.of(
                    text("expiresAt", time(link.expiresAt())), text("usedAt", time(link.usedAt())),
                    text("createdBy", link.createdBy()))));
        }
        return sections;
    }

    private static Section mobility(ParticipantMobilityData m, Locale locale) {
        List<Field> fields = new ArrayList<>(List.of(text("activity", str(m.activityType())), text("status", str(m.status())),
                text("period", day(m.startDate()) + " – " + day(m.endDate())), text("host", m.host()),
                text("city", m.city() + " (" + m.country() + ")"), text("learningOutcomes", m.learningOutcomes()),
                text("tasks", m.tasks()), text("mentor", m.mentor()), text("notes", m.notes()),
                text("grantTotal", money(m.grantTotal(), locale)),
                text("reportLinkCreatedAt", time(m.reportLinkCreatedAt())), text("reportLinkUsedAt", time(m.reportLinkUsedAt()))));
        if (m.report() != null) {
            var r = m.report();
            fields.addAll(List.of(text("reportSubmittedAt", time(r.submittedAt())), text("learned", r.learned()),
                    text("freeComment", r.freeComment()), text("practices", r.practices()),
                    text("satisfaction", r.satisfaction() == null ? null : r.satisfaction() + " / 5")));
        }
        return new Section("privacy.section.mobility", m.reference(), fields);
    }

    private static Field text(String label, String value) {
        return value == null || value.isBlank() ? new Field(P + label, "privacy.value.none", true) : new Field(P + label, value, false);
    }

    private static Field yesNo(String label, boolean value) {
        return new Field(P + label, value ? "privacy.value.yes" : "privacy.value.no", true);
    }

    static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return null;
        }
        Locale format = "en".equals(locale.getLanguage()) ? Locale.UK : Locale.FRANCE;
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(format)).format(amount) + " €";
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    public static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    public static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
