-- Accent-insensitive school search ("lycee" finds "Lycée"). unaccent ships with PostgreSQL's contrib
-- (Debian's postgresql package, the official images, zonky's embedded binaries) and is a trusted
-- extension since PostgreSQL 13, so the database owner may create it.
create extension if not exists unaccent with schema public;

-- unaccent() is only STABLE (its dictionary could change); this wrapper names the dictionary so it can be
-- declared IMMUTABLE and used in queries and, later, in expression indexes.
create or replace function portal_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;
