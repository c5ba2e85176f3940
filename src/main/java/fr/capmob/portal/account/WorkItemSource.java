package fr.capmob.portal.account;

import java.util.List;

/**
 * Published by a module that has work waiting for users (mobility: submissions, drafts sent back; budget: advances
 * and balances due, amounts to recover…). The home page asks every source; each answers for the user's role and
 * school scope with a constant number of SQL statements (counts in SQL, never rows loaded to be counted).
 */
public interface WorkItemSource {

    List<WorkItem> itemsFor(CurrentUser user);
}
