package fr.capmob.portal.account;

/**
 * One line of a user's home workspace: how many records wait for this user and the filtered list that shows them.
 *
 * @param order      position on the home page (lower first; sources use their own hundred: mobility 100–199,
 *                   budget 200–299, reports 300–399)
 * @param messageKey i18n key of the label, an ICU/choice plural taking the count as {0}
 * @param count      how many records; items with 0 are still shown (as "nothing waiting")
 * @param link       the filtered list, an application-relative path such as {@code /mobilities?status=DRAFT}
 */
public record WorkItem(int order, String messageKey, long count, String link) {
}
