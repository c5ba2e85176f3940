package fr.capmob.portal.account;

/** A user to notify of one kind: their address, name, language and how they chose to receive it (never OFF). */
public record NotificationRecipient(long userId, String email, String name, String language,
                                    NotificationDelivery delivery) {
}
