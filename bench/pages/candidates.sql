-- pgbench script: the SQL of GET /candidates (CandidateQueries.search, page 0, no filter) for the centre
-- :centre (run.sh passes -D centre=…): the 20 rows, then the total, counted up to 10,001 (CappedPage).
select c.id, c.full_name, c.birth_date, c.phone, p.name as province, s.name_vi, s.name_en, c.status,
       c.consent_sharing_at is not null as sharing, c.erased_at is not null as erased, c.created_at
from candidate c
join admin_unit p on p.id = c.home_province_id
join skill_level s on s.code = c.skill_level_code
where c.centre_id = :centre
  and ('' = '' or c.name_fold like fold('') or c.phone = '' or c.national_id = '')
  and ('' = '' or c.status = '')
  and (cast(null as bigint) is null or c.home_province_id = null)
  and ('' = '' or (',' || c.priority_groups || ',') like '%,' || '' || ',%')
order by c.created_at desc, c.id desc limit 20 offset 0;
select count(*) from (select 1 from candidate c
where c.centre_id = :centre
  and ('' = '' or c.name_fold like fold('') or c.phone = '' or c.national_id = '')
  and ('' = '' or c.status = '')
  and (cast(null as bigint) is null or c.home_province_id = null)
  and ('' = '' or (',' || c.priority_groups || ',') like '%,' || '' || ',%')
limit 10001) counted;
