-- The payment form finds the mobility to pay by part of its reference or of the participant's name (accents and
-- case ignored, either order): trigram indexes answer "contains" searches without reading every mobility, so the
-- type-ahead stays quick for a consortium of 70,000 mobilities.
create extension if not exists pg_trgm with schema public;

create index mobility_reference_trgm_idx on mobility using gin (lower(reference) gin_trgm_ops);
create index student_name_trgm_idx on student
    using gin ((normalised_last_name || ' ' || normalised_first_name) gin_trgm_ops,
               (normalised_first_name || ' ' || normalised_last_name) gin_trgm_ops);
create index staff_name_trgm_idx on staff_member
    using gin ((normalised_last_name || ' ' || normalised_first_name) gin_trgm_ops,
               (normalised_first_name || ' ' || normalised_last_name) gin_trgm_ops);
