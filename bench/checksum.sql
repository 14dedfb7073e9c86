-- A checksum of what the newest bench/generate.sql run produced, independent of ids and of the day it ran:
-- the same seed and scale on the same starting database give the same value.
--
--   psql -h localhost -U postgres -d perf_big -At -f bench/checksum.sql

with runs as (select distinct on (tbl) tbl, min_id, max_id from bench_run order by tbl, id desc),
v as (select (select min_id from runs where tbl = 'vacancy') as v0, (select min_id from runs where tbl = 'candidate') as c0)
select md5(string_agg(x, E'\n' order by x)) from (
  select 'E' || e.tax_code || o.name || e.verification || coalesce(e.industrial_zone_id::text, '-') || e.workforce_size as x
    from employer e join organisation o on o.id = e.organisation_id, runs r
   where r.tbl = 'employer' and e.id between r.min_id and r.max_id
  union all
  select 'V' || (x.id - v.v0) || x.title || x.occupation_code || x.skill_level_code || x.quantity || x.wage_min || x.wage_max
         || x.housing || x.status || (x.closing_date - current_date) || x.search_text
    from vacancy x, runs r, v where r.tbl = 'vacancy' and x.id between r.min_id and r.max_id
  union all
  select 'C' || (c.id - v.c0) || c.full_name || c.birth_date || coalesce(c.national_id, '-') || coalesce(c.phone, '-')
         || coalesce(c.home_commune_id::text, '-') || c.skill_level_code || c.status || c.priority_groups
         || coalesce((select string_agg(co.occupation_code || ':' || co.years_experience, ',' order by co.occupation_code)
                      from candidate_occupation co where co.candidate_id = c.id), '')
    from candidate c, runs r, v where r.tbl = 'candidate' and c.id between r.min_id and r.max_id
  union all
  select 'R' || (f.candidate_id - v.c0) || '/' || (f.vacancy_id - v.v0) || f.status || (current_date - f.referred_on)
    from referral f, runs r, v where r.tbl = 'referral' and f.id between r.min_id and r.max_id
) rows;
