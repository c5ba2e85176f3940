-- Schools take their city from the gazetteer (so that distances to destinations can be computed).
-- school.city keeps the city's name for display and search; city_id is the gazetteer entry.
alter table school add column city_id integer references city (id);
create index school_city_id_idx on school (city_id);

-- Existing free-text cities: matched to the French city of the same name (case, accents and punctuation
-- ignored, as the gazetteer's search form); an ambiguous or unknown name stays unmatched until the school
-- is edited, where the city picker asks for it.
update school s
set city_id = m.id
from (
    select s2.id as school_id, min(c.id) as id, count(*) as matches
    from school s2
    join city c on c.country = 'FR'
        and c.search_name = btrim(regexp_replace(lower(portal_unaccent(s2.city)), '[^a-z0-9]+', ' ', 'g'))
    group by s2.id
) m
where m.school_id = s.id and m.matches = 1;
