-- geo: the city gazetteer (GeoNames, CC BY 4.0), loaded by the Java migration V5_2.
-- The id is the line number in geo/cities-europe.csv, so it is the same in every installation.
create table city (
    id          integer      primary key,
    country     char(2)      not null,
    name        varchar(120) not null,
    region      varchar(120),
    latitude    numeric(8, 5) not null,
    longitude   numeric(8, 5) not null,
    -- the name lower-cased, without accents or punctuation: what the picker searches by prefix
    search_name varchar(120) not null,
    constraint city_country_format check (country ~ '^[A-Z]{2}$'),
    constraint city_latitude_range check (latitude between -90 and 90),
    constraint city_longitude_range check (longitude between -180 and 180)
);
create index city_search_name_idx on city (search_name text_pattern_ops);
create index city_country_search_name_idx on city (country, search_name text_pattern_ops);
