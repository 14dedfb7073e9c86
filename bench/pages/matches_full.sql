-- pgbench script: the full ranking of GET /vacancies/{id}/matches (MatchQueries.candidatesFor when fewer than 20
-- candidates get every point; before the P3 fix it was the only statement): every candidate of the centre scored.
select m.* from (select c.id as candidate_id, c.full_name, c.birth_date, c.status,
  c.consent_sharing_at is not null as sharing, hp.name as province_name, cs.name_vi as skill_vi, cs.name_en as skill_en,
  coalesce((select max(case when co.occupation_code = v.occupation_code then 35
                            when left(co.occupation_code, 1) = left(v.occupation_code, 1) then 15 else 0 end)
            from candidate_occupation co where co.candidate_id = c.id), 0) as occupation_points,
  case when cs.rank >= vs.rank then 20 when cs.rank = vs.rank - 1 then 8 else 0 end as skill_points,
  case when coalesce(hp.successor_id, hp.id) = coalesce(wp.successor_id, wp.id) or c.willing_to_relocate then 15 else 0 end as place_points,
  case when c.desired_wage is null or c.desired_wage <= v.wage_min then 15 when c.desired_wage <= v.wage_max then 8 else 0 end as wage_points,
  case when c.earliest_start is null or c.earliest_start <= coalesce(v.start_date, v.closing_date) then 10 else 0 end as start_points,
  case when not c.needs_housing or v.housing <> 'NONE' then 5 else 0 end as housing_points,
  cs.rank as skill_rank, vs.rank as required_rank,
  coalesce(hp.successor_id, hp.id) = coalesce(wp.successor_id, wp.id) as same_province,
  c.willing_to_relocate, c.desired_wage, v.wage_min, v.wage_max, c.earliest_start,
  coalesce(v.start_date, v.closing_date) as start_by, c.needs_housing, v.housing,
  (select r.id from referral r where r.candidate_id = c.id and r.vacancy_id = v.id) as referral_id
  from candidate c
  join skill_level cs on cs.code = c.skill_level_code
  join admin_unit hp on hp.id = c.home_province_id
  cross join vacancy v
  join skill_level vs on vs.code = v.skill_level_code
  join admin_unit wp on wp.id = v.work_province_id
  where v.id = :vacancy
    and c.centre_id = :centre and c.status in ('SEEKING', 'REFERRED') and c.erased_at is null
    and c.consent_processing_at is not null
  ) m order by (m.occupation_points + m.skill_points + m.place_points + m.wage_points + m.start_points + m.housing_points) desc,
  m.candidate_id limit 20;
