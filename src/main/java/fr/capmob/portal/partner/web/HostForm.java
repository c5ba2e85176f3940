package fr.capmob.portal.partner.web;

import fr.capmob.portal.consortium.VocationalField;
import fr.capmob.portal.partner.HostCommand;
import fr.capmob.portal.partner.OrganisationType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** The create/edit form of a host or intermediary organisation. */
public class HostForm {

    @NotBlank(message = "{host.legalName.required}")
    @Size(max = 200, message = "{host.legalName.tooLong}")
    private String legalName;

    @NotNull(message = "{host.type.required}")
    private OrganisationType type;

    private boolean intermediary;

    private Set<VocationalField> sectors = EnumSet.noneOf(VocationalField.class);

    @NotNull(message = "{host.city.required}")
    private Integer cityId;

    @Size(max = 300, message = "{host.address.tooLong}")
    private String address;

    @Size(max = 300, message = "{host.website.tooLong}")
    @Pattern(regexp = "(https?://)?[^\\s]+\\.[^\\s]+", message = "{host.website.invalid}")
    private String website;

    @Pattern(regexp = "E[0-9]{8}", message = "{host.oid.invalid}")
    private String oid;

    @Pattern(regexp = "[0-9]{9}", message = "{host.pic.invalid}")
    private String pic;

    @Size(max = 200, message = "{host.contactName.tooLong}")
    private String contactName;

    @Size(max = 200, message = "{host.contactRole.tooLong}")
    private String contactRole;

    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{host.contactEmail.invalid}")
    @Size(max = 254, message = "{host.contactEmail.invalid}")
    private String contactEmail;

    @Size(max = 40, message = "{host.contactPhone.tooLong}")
    private String contactPhone;

    @Size(max = 200, message = "{host.contactLanguages.tooLong}")
    private String contactLanguages;

    private Long intermediaryId;

    @Size(max = 4000, message = "{host.notes.tooLong}")
    private String notes;

    private long version;

    /** Ticked by the user after being shown an organisation with the same name in the same city. */
    private boolean duplicateConfirmed;

    static HostForm from(HostCommand command, long version) {
        HostForm form = new HostForm();
        form.legalName = command.legalName();
        form.type = command.type();
        form.intermediary = command.intermediary();
        form.sectors = command.sectors().isEmpty() ? EnumSet.noneOf(VocationalField.class) : EnumSet.copyOf(command.sectors());
        form.cityId = command.cityId();
        form.address = command.address();
        form.website = command.website();
        form.oid = command.oid();
        form.pic = command.pic();
        form.contactName = command.contactName();
        form.contactRole = command.contactRole();
        form.contactEmail = command.contactEmail();
        form.contactPhone = command.contactPhone();
        form.contactLanguages = command.contactLanguages();
        form.intermediaryId = command.intermediaryId();
        form.notes = command.notes();
        form.version = version;
        return form;
    }

    HostCommand toCommand() {
        String oidUpperCase = oid == null ? null : oid.toUpperCase(java.util.Locale.ROOT);
        return new HostCommand(legalName, type, intermediary, sectors, cityId, address, website, oidUpperCase,
                pic, contactName, contactRole, contactEmail, contactPhone, contactLanguages, intermediaryId, notes);
    }

    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public OrganisationType getType() { return type; }
    public void setType(OrganisationType type) { this.type = type; }
    public boolean isIntermediary() { return intermediary; }
    public void setIntermediary(boolean intermediary) { this.intermediary = intermediary; }
    public Set<VocationalField> getSectors() { return sectors; }
    public void setSectors(Set<VocationalField> sectors) { this.sectors = sectors == null ? EnumSet.noneOf(VocationalField.class) : sectors; }
    public Integer getCityId() { return cityId; }
    public void setCityId(Integer cityId) { this.cityId = cityId; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getOid() { return oid; }
    public void setOid(String oid) { this.oid = oid; }
    public String getPic() { return pic; }
    public void setPic(String pic) { this.pic = pic; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactRole() { return contactRole; }
    public void setContactRole(String contactRole) { this.contactRole = contactRole; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactLanguages() { return contactLanguages; }
    public void setContactLanguages(String contactLanguages) { this.contactLanguages = contactLanguages; }
    public Long getIntermediaryId() { return intermediaryId; }
    public void setIntermediaryId(Long intermediaryId) { this.intermediaryId = intermediaryId; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public boolean isDuplicateConfirmed() { return duplicateConfirmed; }
    public void setDuplicateConfirmed(boolean duplicateConfirmed) { this.duplicateConfirmed = duplicateConfirmed; }
}
