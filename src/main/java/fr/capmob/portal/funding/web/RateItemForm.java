package fr.capmob.portal.funding.web;

/** One figure of the new-version form; {@code key} identifies it ({@code KIND:CODE}). */
public class RateItemForm {

    private String key;
    private String value;
    private String source;
    private boolean verify;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public boolean isVerify() {
        return verify;
    }

    public void setVerify(boolean verify) {
        this.verify = verify;
    }
}
