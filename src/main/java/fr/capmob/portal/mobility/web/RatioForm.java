package fr.capmob.portal.mobility.web;

import fr.capmob.portal.mobility.RatioSetting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The project's minors per accompanying person (1 to 100), saved under the version read. */
public class RatioForm {

    @NotNull(message = "{trip.ratio.range}")
    @Min(value = 1, message = "{trip.ratio.range}")
    @Max(value = 100, message = "{trip.ratio.range}")
    private Integer minorsPerEscort;
    private long version;

    /** The form of the stored setting. */
    public static RatioForm from(RatioSetting setting) {
        RatioForm form = new RatioForm();
        form.minorsPerEscort = setting.minorsPerEscort();
        form.version = setting.version();
        return form;
    }

    public Integer getMinorsPerEscort() { return minorsPerEscort; }
    public void setMinorsPerEscort(Integer minorsPerEscort) { this.minorsPerEscort = minorsPerEscort; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
