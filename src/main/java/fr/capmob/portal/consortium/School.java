package fr.capmob.portal.consortium;

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

/** A vocational school of the consortium, identified by its UAI. */
@Entity
@Table(name = "school")
class School extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String uai;

    private String oid;
    private String address;
    private String postcode;

    @Column(nullable = false)
    private String city;

    /** The gazetteer's city (geo module), by id; null only for schools migrated from a name that did not match. */
    @Column(name = "city_id")
    private Integer cityId;

    private String phone;
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Experience experience;

    @Column(name = "head_of_school")
    private String headOfSchool;

    @ElementCollection
    @CollectionTable(name = "school_field", joinColumns = @JoinColumn(name = "school_id"))
    @Column(name = "field")
    @Enumerated(EnumType.STRING)
    private Set<VocationalField> fields = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "school_level", joinColumns = @JoinColumn(name = "school_id"))
    @Column(name = "level")
    @Enumerated(EnumType.STRING)
    private Set<QualificationLevel> levels = new HashSet<>();

    protected School() {
    }

    School(String name, String uai, String city, Experience experience) {
        this.name = name;
        this.uai = uai;
        this.city = city;
        this.experience = experience;
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getUai() { return uai; }
    String getOid() { return oid; }
    String getAddress() { return address; }
    String getPostcode() { return postcode; }
    String getCity() { return city; }
    Integer getCityId() { return cityId; }
    String getPhone() { return phone; }
    String getEmail() { return email; }
    Experience getExperience() { return experience; }
    String getHeadOfSchool() { return headOfSchool; }
    Set<VocationalField> getFields() { return fields; }
    Set<QualificationLevel> getLevels() { return levels; }

    void setName(String name) { this.name = name; }
    void setUai(String uai) { this.uai = uai; }
    void setOid(String oid) { this.oid = oid; }
    void setAddress(String address) { this.address = address; }
    void setPostcode(String postcode) { this.postcode = postcode; }
    void setCity(Integer cityId, String cityName) {
        this.cityId = cityId;
        this.city = cityName;
    }
    void setPhone(String phone) { this.phone = phone; }
    void setEmail(String email) { this.email = email; }
    void setExperience(Experience experience) { this.experience = experience; }
    void setHeadOfSchool(String headOfSchool) { this.headOfSchool = headOfSchool; }

    void setFields(Set<VocationalField> fields) {
        this.fields.clear();
        if (fields != null) {
            this.fields.addAll(fields);
        }
    }

    void setLevels(Set<QualificationLevel> levels) {
        this.levels.clear();
        if (levels != null) {
            this.levels.addAll(levels);
        }
    }
}
