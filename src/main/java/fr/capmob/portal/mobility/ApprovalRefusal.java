package fr.capmob.portal.mobility;

import java.util.List;

/** One reason the approval of a mobility will be refused ({@link ApprovalChecks}): an i18n key and its arguments. */
public record ApprovalRefusal(String messageKey, List<Object> args) {
}
