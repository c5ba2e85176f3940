package fr.capmob.portal.consortium.web;

import fr.capmob.portal.consortium.Experience;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.consortium.SchoolData;
import fr.capmob.portal.consortium.SchoolDetails;
import fr.capmob.portal.consortium.Uai;
import fr.capmob.portal.consortium.VocationalField;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** The create/edit form of a school. */
public class SchoolForm {

    private long version;

    @NotBlank(message = "{school.name.required}")
    @Size(max = 200, message = "{school.name.tooLong}")
    private String name;

    @NotBlank(message = "{school.uai.required}")
    @UaiCheckLetter
    private String uai;

    @Pattern(regexp = "E[0-9]{8}", message = "{school.oid.invalid}")
    private String oid;

    @Size(max = 300, message = "{school.address.tooLong}")
    private String address;

    @Pattern(regexp = "[0-9]{5}", message = "{school.postcode.invalid}")
    private String postcode;

    /** The city, picked in the gazetteer. */
    @NotNull(message = "{school.cityId.required}")
    private Integer cityId;

    @Pattern(regexp = "[0-9 +().-]{6,30}", message = "{school.phone.invalid}")
    private String phone;

    @Email(message = "{school.email.invalid}")
    @Size(max = 254, message = "{school.email.invalid}")
    private String email;

    @NotNull(message = "{school.experience.required}")
    private Experience experience;

    @Size(max = 200, message = "{school.headOfSchool.tooLong}")
    private String headOfSchool;

    private Set<VocationalField> fields = EnumSet.noneOf(VocationalField.class);
    private Set<QualificationLevel> levels = EnumSet.noneOf(QualificationLevel.class);

    public static SchoolForm from(SchoolDetails school) {
        SchoolForm form = new SchoolForm();
        form.version = school.version();
        form.name = school.name();
        form.uai = school.uai();
        form.oid = school.oid();
        form.keepContactOf(school);
        form.experience = school.experience();
        form.setFields(school.fields());
        form.setLevels(school.levels());
        return form;
    }

    /** Puts back the stored registry values: what a referent may not change is never taken from the request. */
    void keepRegistryOf(SchoolDetails school) {
        name = school.name();
        uai = school.uai();
        oid = school.oid();
        experience = school.experience();
        setFields(school.fields());
        setLevels(school.levels());
    }

    private void keepContactOf(SchoolDetails school) {
        address = school.address();
        postcode = school.postcode();
        cityId = school.cityId();
        phone = school.phone();
        email = school.email();
        headOfSchool = school.headOfSchool();
    }

    SchoolData toData() {
        return new SchoolData(name, uai, oid, address, postcode, cityId, phone, email, experience, headOfSchool,
                fields, levels);
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUai() { return uai; }
    public void setUai(String uai) { this.uai = Uai.normalise(uai); }
    public String getOid() { return oid; }
    public void setOid(String oid) { this.oid = blankToNull(oid == null ? null : oid.trim().toUpperCase(java.util.Locale.ROOT)); }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = blankToNull(postcode); }
    public Integer getCityId() { return cityId; }
    public void setCityId(Integer cityId) { this.cityId = cityId; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = blankToNull(phone); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = blankToNull(email); }
    public Experience getExperience() { return experience; }
    public void setExperience(Experience experience) { this.experience = experience; }
    public String getHeadOfSchool() { return headOfSchool; }
    public void setHeadOfSchool(String headOfSchool) { this.headOfSchool = headOfSchool; }
    public Set<VocationalField> getFields() { return fields; }

    public void setFields(Set<VocationalField> fields) {
        this.fields = fields == null || fields.isEmpty() ? EnumSet.noneOf(VocationalField.class) : EnumSet.copyOf(fields);
    }

    public Set<QualificationLevel> getLevels() { return levels; }

    public void setLevels(Set<QualificationLevel> levels) {
        this.levels = levels == null || levels.isEmpty() ? EnumSet.noneOf(QualificationLevel.class) : EnumSet.copyOf(levels);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
