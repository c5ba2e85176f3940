package fr.capmob.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.mobility.LearningAgreement;
import fr.capmob.portal.mobility.MobilityId;
import fr.capmob.portal.mobility.MobilityStage;
import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.mobility.StayPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentRequirementsTest {

    static final DocumentRequirements.Permissions REFERENT = DocumentRequirements.Permissions.of(true, true);
    static final DocumentRequirements.Permissions ACCOUNTANT = DocumentRequirements.Permissions.of(false, false);

    static MobilitySheet sheet(MobilityStatus status, String address, boolean host, String mentor, String outcomes,
                               String tasks, boolean grant) {
        var school = new MobilitySheet.Letterhead(3, "LP Brassaï", address, "75015", "Paris", "0750000A", null, null, null, null);
        var person = new MobilitySheet.Person(5L, null, "Zoë", "Øster", LocalDate.of(2002, 1, 2), "CAP", null, null, null);
        var hostParty = host ? new MobilitySheet.HostParty(9, "Host", null, "Berlin", "DE", null, null, null, null, null) : null;
        var figures = grant ? new GrantFigures(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN, false, 0, false, 0, 0,
                GrantFigures.DEFAULT_ADVANCE_SHARE) : null;
        var activity = new MobilitySheet.Activity(ActivityType.LM_SHORT_VET, null, MobilityStage.of(status, false),
                status == MobilityStatus.COMPLETED || status == MobilityStatus.REPORTED);
        return new MobilitySheet(MobilityId.of(12), "047193-MOB-00001", activity,
                new MobilitySheet.Project("2018-1-FR01-KA102-047193", "CAPMOB"),
                new StayPeriod(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22), 1, 1, 0),
                new LearningAgreement(outcomes, tasks, mentor), school, person, hostParty,
                new MobilitySheet.Place("Berlin", "DE"), figures);
    }

    static List<String> keys(List<MissingItem> items) {
        return items.stream().map(MissingItem::messageKey).toList();
    }

    @Test
    void aCompleteMobilityLacksNothing() {
        MobilitySheet complete = sheet(MobilityStatus.COMPLETED, "1 rue", true, "M", "LO", "T", true);
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(DocumentRequirements.missing(kind, complete, REFERENT)).as(kind.name()).isEmpty();
        }
    }

    @Test
    void eachDocumentNamesWhatItLacks() {
        MobilitySheet bare = sheet(MobilityStatus.DRAFT, " ", false, null, "", null, false);
        assertThat(keys(DocumentRequirements.missing(DocumentKind.GRANT_AGREEMENT, bare, REFERENT)))
                .containsExactly("documents.missing.schoolAddress", "documents.missing.grant");
        assertThat(keys(DocumentRequirements.missing(DocumentKind.LEARNING_AGREEMENT, bare, REFERENT)))
                .containsExactly("documents.missing.schoolAddress", "documents.missing.host", "documents.missing.mentor",
                        "documents.missing.learningOutcomes", "documents.missing.tasks");
        assertThat(keys(DocumentRequirements.missing(DocumentKind.CERTIFICATE, bare, REFERENT)))
                .containsExactly("documents.missing.schoolAddress", "documents.missing.notCompleted",
                        "documents.missing.host", "documents.missing.learningOutcomes");
        assertThat(keys(DocumentRequirements.missing(DocumentKind.EUROPASS, bare, REFERENT))).hasSize(6);
    }

    @Test
    void aCancelledMobilityHasNoDocument() {
        MobilitySheet cancelled = sheet(MobilityStatus.CANCELLED, "1 rue", true, "M", "LO", "T", true);
        assertThat(keys(DocumentRequirements.missing(DocumentKind.GRANT_AGREEMENT, cancelled, REFERENT)))
                .containsExactly("documents.missing.cancelled");
    }

    @Test
    void aForceMajeureCancellationHasNoDocumentEither() {
        MobilitySheet complete = sheet(MobilityStatus.COMPLETED, "1 rue", true, "M", "LO", "T", true);
        var activity = new MobilitySheet.Activity(ActivityType.LM_SHORT_VET, null, MobilityStage.CANCELLED_FORCE_MAJEURE,
                false);
        MobilitySheet cancelled = new MobilitySheet(complete.id(), complete.reference(), activity, complete.project(),
                complete.period(), complete.agreement(), complete.school(), complete.participant(), complete.host(),
                complete.destination(), complete.grant());
        assertThat(keys(DocumentRequirements.missing(DocumentKind.LEARNING_AGREEMENT, cancelled, REFERENT)))
                .containsExactly("documents.missing.cancelled");
    }

    @Test
    void linksLeadToTheFormsOnlyForWhoMayUseThem() {
        MobilitySheet bare = sheet(MobilityStatus.DRAFT, null, true, null, "LO", "T", true);
        assertThat(DocumentRequirements.missing(DocumentKind.LEARNING_AGREEMENT, bare, REFERENT)).extracting(MissingItem::fixPath)
                .containsExactly("/schools/3/edit", "/mobilities/12/edit");
        assertThat(DocumentRequirements.missing(DocumentKind.LEARNING_AGREEMENT, bare, ACCOUNTANT)).extracting(MissingItem::fixPath)
                .containsExactly("/schools/3", "/mobilities/12");
    }
}
