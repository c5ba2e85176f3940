-- partner: the receiving organisation's PIC (Participant Identification Code, 9 digits) next to its OID.
alter table host_organisation add column pic varchar(9);
alter table host_organisation add constraint host_pic_format check (pic is null or pic ~ '^[0-9]{9}$');
alter table host_organisation_aud add column pic varchar(9);

-- participant: what the Commission's tools ask of a staff participant (date of birth, gender, nationality).
alter table staff_member add column birth_date date;
alter table staff_member add column gender varchar(1);
alter table staff_member add column nationality varchar(2);
alter table staff_member add constraint staff_gender_known check (gender is null or gender in ('F', 'M', 'X'));
alter table staff_member add constraint staff_nationality_format check (nationality is null or nationality ~ '^[A-Z]{2}$');
alter table staff_member_aud add column birth_date date;
alter table staff_member_aud add column gender varchar(1);
alter table staff_member_aud add column nationality varchar(2);
