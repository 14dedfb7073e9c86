-- pgbench script: the SQL that GET /vacancies runs (VacancyQueries.board, page 0): only the filters set
-- (VacancyQueries.boardWhere), the values the application binds written as literals (SearchText.pattern gives '';
-- today = current_date). run.sh runs it with -M prepared: planned once per client, as the portal's prepared
-- statements are.
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
order by v.published_at desc, v.id desc limit 21 offset 0;
-- 2. the capped count, which the page runs because there is a next page (limit COUNT_CAP + 1); every filter is on
-- the vacancy, so no joins
select count(*) from (select 1 from vacancy v
where v.status = 'PUBLISHED' and v.closing_date >= current_date
limit 201) t;
