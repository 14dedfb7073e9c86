-- pgbench script: the aggregate statements of GET /dashboard that read the big tables (Vacancies.openBySector,
-- openBySkillLevel, openByIndustrialZone, Candidates.countByHomeProvince, Referrals.monthlyByCentreProvince).
select s.code, s.name_vi, s.name_en, count(*), sum(v.quantity - v.hired)
from vacancy v join employer e on e.id = v.employer_id join sector s on s.code = e.sector_code
where v.status = 'PUBLISHED' group by s.code, s.name_vi, s.name_en order by sum(v.quantity - v.hired) desc, s.code;
select k.code, k.name_vi, k.name_en, count(*), sum(v.quantity - v.hired)
from vacancy v join skill_level k on k.code = v.skill_level_code
where v.status = 'PUBLISHED' group by k.code, k.name_vi, k.name_en, k.rank order by k.rank;
select z.id, z.name, count(*), sum(v.quantity - v.hired)
from vacancy v join employer e on e.id = v.employer_id left join industrial_zone z on z.id = e.industrial_zone_id
where v.status = 'PUBLISHED' group by z.id, z.name order by z.name nulls last;
select p.id, p.name, count(*) from candidate c join admin_unit p on p.id = c.home_province_id
group by p.id, p.name order by count(*) desc, p.name;
select p.id, p.name, m.month, sum(m.referred), sum(m.hired)
from (select centre_id, date_trunc('month', referred_on)::date as month, 1 as referred, 0 as hired
      from referral where referred_on >= date_trunc('year', current_date)::date
                      and referred_on < (date_trunc('year', current_date) + interval '1 year')::date
      union all
      select centre_id, date_trunc('month', hired_on)::date, 0, 1
      from referral where hired_on >= date_trunc('year', current_date)::date
                      and hired_on < (date_trunc('year', current_date) + interval '1 year')::date) m
join organisation o on o.id = m.centre_id join admin_unit p on p.id = o.province_id
group by p.id, p.name, m.month order by p.name, m.month;
