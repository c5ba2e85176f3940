-- Payments (budget module): each payment form carries a key drawn when the form is shown; the same key can
-- record one payment only, so a double click or a replayed submission pays once. Old payments have none.
alter table payment add column idempotency_key uuid;
create unique index payment_idempotency_key_unique on payment (idempotency_key);

-- Plausible payment dates (the rule "not in the future beyond portal.payments.days-ahead" is checked in Java, as
-- it moves with the clock). NOT VALID: rows entered before the rule are kept as they are, new ones are checked.
alter table payment add constraint payment_paid_on_plausible
    check (paid_on between date '1900-01-01' and date '2100-12-31') not valid;
