package fr.capmob.portal.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * What each document needs before it is printed (a half-empty agreement helps nobody): every document needs a
 * mobility that is not cancelled and a sending school with an address (the letterhead); the grant agreement needs
 * the computed grant; the learning agreement a host, a mentor, learning outcomes and tasks; the certificate and the
 * Europass-style record a completed mobility (its dates are then the actual ones) with a host and its outcomes, the
 * record also its tasks and mentor.
 */
final class DocumentRequirements {

    /** What the user may fix: the mobility (its form) and the sending school (its form); asked only when needed. */
    interface Permissions {
        boolean mayEditMobility();

        boolean mayEditSchool();

        static Permissions of(boolean mobility, boolean school) {
            return new Permissions() {
                @Override
                public boolean mayEditMobility() {
                    return mobility;
                }

                @Override
                public boolean mayEditSchool() {
                    return school;
                }
            };
        }
    }

    private DocumentRequirements() {
    }

    static List<MissingItem> missing(DocumentKind kind, MobilitySheet sheet, Permissions may) {
        List<MissingItem> missing = new ArrayList<>();
        String mobilityPage = "/mobilities/" + sheet.id();
        if (sheet.cancelled()) {
            missing.add(new MissingItem("documents.missing.cancelled", mobilityPage, "documents.fix.openMobility"));
            return missing;
        }
        if (!sheet.hasText(sheet.school().address())) {
            long school = sheet.school().id();
            missing.add(may.mayEditSchool()
                    ? new MissingItem("documents.missing.schoolAddress", "/schools/" + school + "/edit", "documents.fix.editSchool")
                    : new MissingItem("documents.missing.schoolAddress", "/schools/" + school, "documents.fix.openSchool"));
        }
        boolean needsCompletion = kind == DocumentKind.CERTIFICATE || kind == DocumentKind.EUROPASS;
        if (needsCompletion && !sheet.completed()) {
            missing.add(new MissingItem("documents.missing.notCompleted", mobilityPage, "documents.fix.openMobility"));
        }
        if (kind == DocumentKind.GRANT_AGREEMENT && sheet.grant() == null) {
            missing.add(new MissingItem("documents.missing.grant", mobilityPage, "documents.fix.openMobility"));
        }
        if (kind != DocumentKind.GRANT_AGREEMENT) {
            if (sheet.host() == null) {
                missing.add(mobilityField("documents.missing.host", sheet, may));
            }
            if (kind != DocumentKind.CERTIFICATE && !sheet.hasText(sheet.agreement().mentor())) {
                missing.add(mobilityField("documents.missing.mentor", sheet, may));
            }
            if (!sheet.hasText(sheet.agreement().learningOutcomes())) {
                missing.add(mobilityField("documents.missing.learningOutcomes", sheet, may));
            }
            if (kind != DocumentKind.CERTIFICATE && !sheet.hasText(sheet.agreement().tasks())) {
                missing.add(mobilityField("documents.missing.tasks", sheet, may));
            }
        }
        return missing;
    }

    private static MissingItem mobilityField(String key, MobilitySheet sheet, Permissions may) {
        return may.mayEditMobility()
                ? new MissingItem(key, "/mobilities/" + sheet.id() + "/edit", "documents.fix.editMobility")
                : new MissingItem(key, "/mobilities/" + sheet.id(), "documents.fix.openMobility");
    }
}
