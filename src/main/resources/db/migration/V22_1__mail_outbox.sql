-- module mail: every message the portal sends, written in the transaction of the change that causes it,
-- then sent by the background worker (mail.MailWorker); a message is never deleted by sending or failing.
create table mail_outbox (
    id              bigserial primary key,
    recipient       varchar(320) not null,
    language        varchar(5)   not null,
    template        varchar(60)  not null,
    subject         varchar(500) not null,
    html_body       text         not null,
    text_body       text         not null,
    status          varchar(10)  not null default 'WAITING' check (status in ('WAITING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      text,
    created_at      timestamptz  not null,
    sent_at         timestamptz
);
-- the worker's query: the waiting messages that are due, oldest first
create index mail_outbox_due on mail_outbox (next_attempt_at, id) where status = 'WAITING';
create index mail_outbox_list on mail_outbox (status, created_at desc, id desc);
