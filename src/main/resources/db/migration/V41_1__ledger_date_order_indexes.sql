-- Issue 16 (national scale): the payment and expenditure ledgers' default order (newest first, then id) read from an
-- index, so a page reads its 25 rows instead of sorting every payment or invoice. The payment index carries the
-- amount, so a count and sum over a date range reads the index only.
create index payment_ledger_date_idx on payment (paid_on desc, id) include (amount);
create index expenditure_ledger_date_idx on expenditure (spent_on desc, id);
