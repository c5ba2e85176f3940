package fr.capmob.portal.account.web;

import fr.capmob.portal.account.NotificationDelivery;
import fr.capmob.portal.account.NotificationKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** The user's choice per kind of notification ({@code choices[KIND]=IMMEDIATE|DIGEST|OFF}). */
public class NotificationsForm {

    private Map<String, String> choices = new LinkedHashMap<>();

    static NotificationsForm of(Map<NotificationKind, NotificationDelivery> current) {
        NotificationsForm form = new NotificationsForm();
        current.forEach((kind, delivery) -> form.choices.put(kind.name(), delivery.name()));
        return form;
    }

    public Map<String, String> getChoices() { return choices; }
    public void setChoices(Map<String, String> choices) { this.choices = choices; }
}
