package fr.capmob.portal.partner;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import fr.capmob.portal.consortium.VocationalField;
import fr.capmob.portal.shared.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A host or intermediary organisation of the shared directory. */
@Entity
@Audited
@Table(name = "host_organisation")
class HostOrganisation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(name = "normalised_name", nullable = false)
    private String normalisedName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;

    @Column(nullable = false)
    private boolean intermediary;

    @Column(nullable = false)
    private String country;

    @Column(name = "city_id", nullable = false)
    private Integer cityId;

    private String address;
    private String website;
    private String oid;
    private String pic;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_role")
    private String contactRole;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_languages")
    private String contactLanguages;

    @Column(name = "intermediary_id")
    private Long intermediaryId;

    private String notes;

    @Column(name = "created_by_school_id", updatable = false)
    private Long createdBySchoolId;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "host_organisation_sector", joinColumns = @JoinColumn(name = "host_id"))
    @Column(name = "sector")
    @Enumerated(EnumType.STRING)
    private Set<VocationalField> sectors = new HashSet<>();

    protected HostOrganisation() {
    }

    HostOrganisation(Long createdBySchoolId) {
        this.createdBySchoolId = createdBySchoolId;
    }

    /** Copies what the user entered; the country comes from the gazetteer's city. */
    void apply(HostCommand command, String cityCountry) {
        legalName = command.legalName().trim();
        normalisedName = OrganisationNames.normalise(legalName);
        type = command.type();
        intermediary = command.intermediary();
        cityId = command.cityId();
        country = cityCountry;
        address = command.address();
        website = command.website();
        oid = command.oid();
        pic = command.pic();
        contactName = command.contactName();
        contactRole = command.contactRole();
        contactEmail = command.contactEmail();
        contactPhone = command.contactPhone();
        contactLanguages = command.contactLanguages();
        intermediaryId = command.intermediaryId();
        notes = command.notes();
        sectors.clear();
        sectors.addAll(command.sectors());
    }

    Long getId() { return id; }
    String getLegalName() { return legalName; }
    String getNormalisedName() { return normalisedName; }
    OrganisationType getType() { return type; }
    boolean isIntermediary() { return intermediary; }
    String getCountry() { return country; }
    Integer getCityId() { return cityId; }
    String getAddress() { return address; }
    String getWebsite() { return website; }
    String getOid() { return oid; }
    String getPic() { return pic; }
    String getContactName() { return contactName; }
    String getContactRole() { return contactRole; }
    String getContactEmail() { return contactEmail; }
    String getContactPhone() { return contactPhone; }
    String getContactLanguages() { return contactLanguages; }
    Long getIntermediaryId() { return intermediaryId; }
    String getNotes() { return notes; }
    Long getCreatedBySchoolId() { return createdBySchoolId; }
    Set<VocationalField> getSectors() { return sectors; }
}
