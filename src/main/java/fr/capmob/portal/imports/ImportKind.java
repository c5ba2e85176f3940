package fr.capmob.portal.imports;

import static fr.capmob.portal.imports.ImportColumn.optional;
import static fr.capmob.portal.imports.ImportColumn.required;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a file imports, with its columns in the order of the template. Lengths are those of the database columns. */
public enum ImportKind {

    STUDENTS(true, List.of(
            required("lastName", 100, "Nom", "Last name", "nom de famille", "surname"),
            required("firstName", 100, "Prénom", "First name", "prenoms", "given name"),
            required("birthDate", 0, "Date de naissance", "Birth date", "ne le", "nee le", "date of birth"),
            optional("gender", 0, "Genre", "Gender", "sexe", "sex"),
            optional("nationality", 0, "Nationalité", "Nationality", "pays", "country"),
            required("level", 0, "Niveau", "Level", "diplome", "diplome prepare", "qualification"),
            optional("specialty", 200, "Spécialité", "Specialty", "specialite", "speciality"),
            optional("className", 60, "Classe", "Class"),
            optional("email", 254, "Courriel", "E-mail", "email", "mail", "adresse electronique"),
            optional("phone", 40, "Téléphone", "Phone", "telephone", "portable", "mobile"),
            optional("fewerOpportunities", 0, "Moins d’opportunités", "Fewer opportunities", "moins d opportunites"),
            optional("justification", 2000, "Justification", "Justification"),
            optional("needsSupport", 0, "Besoins particuliers", "Needs support", "besoin d accompagnement"),
            optional("parentalConsentDate", 0, "Date autorisation parentale", "Parental consent date"),
            optional("emergencyContactName", 200, "Contact d’urgence", "Emergency contact", "contact d urgence"),
            optional("emergencyContactPhone", 40, "Téléphone d’urgence", "Emergency phone", "telephone d urgence"))),

    STAFF(true, List.of(
            required("lastName", 100, "Nom", "Last name", "nom de famille", "surname"),
            required("firstName", 100, "Prénom", "First name", "given name"),
            required("role", 0, "Fonction", "Role", "poste"),
            optional("email", 254, "Courriel", "E-mail", "email", "mail", "adresse electronique"),
            optional("phone", 40, "Téléphone", "Phone", "telephone", "portable", "mobile"),
            optional("subjects", 300, "Disciplines", "Subjects", "matieres", "discipline"),
            optional("languages", 300, "Langues", "Languages"),
            optional("clilCertified", 0, "Certification DNL", "CLIL certified", "dnl", "clil"))),

    HOSTS(false, List.of(
            required("legalName", 200, "Raison sociale", "Legal name", "nom", "name", "organisme", "organisation"),
            required("type", 0, "Type", "Type"),
            required("city", 0, "Ville", "City", "commune"),
            required("country", 0, "Pays", "Country"),
            optional("address", 300, "Adresse", "Address"),
            optional("website", 300, "Site web", "Website", "site internet", "site"),
            optional("oid", 0, "OID", "OID"),
            optional("contactName", 200, "Contact", "Contact name", "nom du contact"),
            optional("contactRole", 200, "Fonction du contact", "Contact role"),
            optional("contactEmail", 254, "Courriel du contact", "Contact e-mail", "courriel", "email", "e-mail"),
            optional("contactPhone", 40, "Téléphone du contact", "Contact phone", "telephone", "phone"),
            optional("contactLanguages", 200, "Langues du contact", "Contact languages", "langues", "languages"),
            optional("notes", 4000, "Remarques", "Notes")));

    private final boolean intoSchool;
    private final List<ImportColumn> columns;

    ImportKind(boolean intoSchool, List<ImportColumn> columns) {
        this.intoSchool = intoSchool;
        this.columns = columns;
    }

    /** Students and staff go to a school (a referent's own, or the one a coordinator picks); hosts to the shared directory. */
    public boolean intoSchool() {
        return intoSchool;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    /** "students", "staff", "hosts": the name in the URLs. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst();
    }
}
