package fr.capmob.portal.consortium;

import java.util.Set;

/**
 * What a user submits for a school. The registry part (name, UAI, OID, experience, fields, levels) is
 * changed by coordinators only; the contact part (address, postcode, city, phone, e-mail, head of school; the city is the
 * gazetteer's id)
 * also by the school's own referent.
 */
public record SchoolData(String name, String uai, String oid, String address, String postcode, Integer cityId,
                         String phone, String email, Experience experience, String headOfSchool,
                         Set<VocationalField> fields, Set<QualificationLevel> levels) {

    public SchoolData {
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        levels = levels == null ? Set.of() : Set.copyOf(levels);
    }
}
