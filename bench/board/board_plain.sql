-- pgbench script: the SQL that GET /vacancies runs (VacancyQueries.board, page 0), with the values the
-- application binds written as literals (SearchText.pattern gives ''; today = current_date).
-- 1. the rows: one more than a page (limit 21) to know whether there is a next page
select v.id, v.title, o.name as employer_name, z.name as zone_name, p.name as province_name,
       v.wage_min, v.wage_max, v.housing, v.meals, v.shuttle_bus, v.quantity - v.hired as open_places,
       sl.name_vi, sl.name_en, v.term, v.closing_date, v.published_at
from vacancy v
join employer e on e.id = v.employer_id
join organisation o on o.id = e.organisation_id
join skill_level sl on sl.code = v.skill_level_code
join admin_unit p on p.id = v.work_province_id
left join industrial_zone z on z.id = e.industrial_zone_id
where v.status = 'PUBLISHED' and v.closing_date >= current_date
  and ('' = '' or v.search_folded like fold(''))
  and (cast(null as bigint) is null or v.work_province_id = null)
  and ('' = '' or v.occupation_code like '' || '%')
  and ('' = '' or v.skill_level_code = '')
  and (false = false or v.housing <> 'NONE')
  and (cast(null as bigint) is null or v.wage_max >= null)
order by v.published_at desc, v.id desc limit 21 offset 0;
-- 2. the capped count, which the page runs because there is a next page (limit COUNT_CAP + 1)
select count(*) from (select 1 from vacancy v
join employer e on e.id = v.employer_id
join organisation o on o.id = e.organisation_id
join skill_level sl on sl.code = v.skill_level_code
join admin_unit p on p.id = v.work_province_id
left join industrial_zone z on z.id = e.industrial_zone_id
where v.status = 'PUBLISHED' and v.closing_date >= current_date
  and ('' = '' or v.search_folded like fold(''))
  and (cast(null as bigint) is null or v.work_province_id = null)
  and ('' = '' or v.occupation_code like '' || '%')
  and ('' = '' or v.skill_level_code = '')
  and (false = false or v.housing <> 'NONE')
  and (cast(null as bigint) is null or v.wage_max >= null)
limit 201) t;
