-- pgbench script: the SQL of GET /candidates (CandidateQueries.search, page 0, no filter chosen: CandidateFilter
-- writes only the chosen ones) for the centre :centre (run.sh passes -D centre=…): the 20 rows, then the total,
-- counted up to 10,001 (CappedPage); limit, offset and cap are written in, as the portal writes them.
select c.id, c.full_name, c.birth_date, c.phone, p.name as province, s.name_vi, s.name_en, c.status,
       c.consent_sharing_at is not null as sharing, c.erased_at is not null as erased, c.created_at
from candidate c
join admin_unit p on p.id = c.home_province_id
join skill_level s on s.code = c.skill_level_code
where c.centre_id = :centre
order by c.created_at desc, c.id desc limit 20 offset 0;
select count(*) from (select 1 from candidate c
where c.centre_id = :centre
limit 10001) counted;
