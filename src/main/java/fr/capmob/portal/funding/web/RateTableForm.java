package fr.capmob.portal.funding.web;

import fr.capmob.portal.funding.RateItem;
import fr.capmob.portal.funding.RateItemChange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A new version of a rate table: every figure of the version it starts from, editable, and why. */
public class RateTableForm {

    @NotBlank(message = "{funding.rates.comment.required}")
    @Size(max = 2000, message = "{funding.rates.comment.tooLong}")
    private String comment;

    private List<RateItemForm> items = new ArrayList<>();

    static RateTableForm from(List<RateItem> items) {
        RateTableForm form = new RateTableForm();
        for (RateItem item : items) {
            RateItemForm row = new RateItemForm();
            row.setKey(item.key());
            row.setValue(item.value());
            row.setSource(item.source());
            row.setVerify(item.verify());
            form.items.add(row);
        }
        return form;
    }

    List<RateItemChange> changes() {
        return items.stream().map(i -> new RateItemChange(i.getKey(), i.getValue(), i.getSource(), i.isVerify())).toList();
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<RateItemForm> getItems() {
        return items;
    }

    public void setItems(List<RateItemForm> items) {
        this.items = items;
    }
}
