-- participant: the language of the e-mails a participant receives (report links); French unless chosen
alter table student add column language varchar(2) not null default 'fr'
    constraint student_language_known check (language in ('fr', 'en'));
alter table student_aud add column language varchar(2);
alter table staff_member add column language varchar(2) not null default 'fr'
    constraint staff_language_known check (language in ('fr', 'en'));
alter table staff_member_aud add column language varchar(2);

-- account: each user's choice per kind of notification (no row = the kind's default)
create table notification_choice (
    user_id  bigint      not null references app_user (id) on delete cascade,
    kind     varchar(40) not null,
    delivery varchar(10) not null constraint notification_choice_delivery_known
        check (delivery in ('IMMEDIATE', 'DIGEST', 'OFF')),
    primary key (user_id, kind)
);

-- notification: every notification, reminder and digest sent once, by its key (e.g. reminder:CONSENT:42:7,
-- digest:7:2026-12-05): inserted in the transaction that queues the message, so two schedulers (two nodes, two
-- runs) never queue it twice
create table notification_sent (
    key     varchar(160) primary key,
    user_id bigint,
    sent_at timestamptz  not null
);

-- notification: what waits for a user's daily digest (users who chose "digest" for a kind)
create table notification_pending (
    id          bigserial primary key,
    user_id     bigint        not null references app_user (id) on delete cascade,
    kind        varchar(40)   not null,
    mobility_id bigint        not null,
    reference   varchar(60)   not null,
    comment     varchar(2000),
    event_date  date,
    created_at  timestamptz   not null,
    digested_at timestamptz
);
create index notification_pending_waiting on notification_pending (user_id) where digested_at is null;
