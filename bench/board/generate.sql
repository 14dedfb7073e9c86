-- Board benchmark data: adds :n published vacancies (default 100000) to an existing portal database that
-- already has the schema, the reference data and the demo employers (start the app once with profile
-- demo: `./mvnw spring-boot:run`).
--
--   psql -h localhost -U postgres -d portal -v n=100000 -f bench/board/generate.sql
--
-- Deterministic: setseed(:seed) (default 0.42) and a serial plan give the same titles, employers, wages
-- and housing for the same n on every run; only the dates move with the day it runs (published in the
-- last 90 days, closing 7-120 days ahead of it). Every row has description = 'bench:board'; remove
-- them with bench/board/cleanup.sql. Running it twice adds 2n rows: clean up first.
--
-- search_text is built exactly as Vacancies.searchText does it: title, employer name, [short name],
-- occupation name (vi), work province name, [work commune name], [industrial zone name], work address.

\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 100000
\endif
\if :{?seed}
\else
  \set seed 0.42
\endif

begin;
-- One process and a fixed seed: random() yields the same sequence in the same order on every run.
set local max_parallel_workers_per_gather = 0;
set local synchronous_commit = off;

-- Titles that appear on Bắc Giang / Bắc Ninh job boards, with their VSCO sub-major group and usual level.
create temporary table bench_title (i int primary key, title text not null, occupation_code text not null,
  skill_level_code text not null) on commit drop;
insert into bench_title (i, title, occupation_code, skill_level_code) values
  (1,  'Công nhân lắp ráp linh kiện điện tử', '82', 'UNSKILLED'),
  (2,  'Công nhân may công nghiệp', '75', 'UNSKILLED'),
  (3,  'Thợ hàn', '72', 'ELEMENTARY'),
  (4,  'Lái xe nâng', '83', 'ELEMENTARY'),
  (5,  'Nhân viên kho', '43', 'UNSKILLED'),
  (6,  'Kỹ thuật viên bảo trì', '31', 'INTERMEDIATE'),
  (7,  'Công nhân đóng gói sản phẩm', '93', 'UNSKILLED'),
  (8,  'Công nhân vận hành máy CNC', '81', 'ELEMENTARY'),
  (9,  'Công nhân lắp ráp pin năng lượng mặt trời', '82', 'UNSKILLED'),
  (10, 'Công nhân kiểm tra ngoại quan sản phẩm', '82', 'UNSKILLED'),
  (11, 'Nhân viên kiểm tra chất lượng (QC)', '31', 'INTERMEDIATE'),
  (12, 'Kỹ thuật viên bảo trì máy SMT', '31', 'COLLEGE'),
  (13, 'Thợ điện công nghiệp', '74', 'INTERMEDIATE'),
  (14, 'Thợ tiện, phay cơ khí', '72', 'ELEMENTARY'),
  (15, 'Thợ sơn tĩnh điện', '72', 'ELEMENTARY'),
  (16, 'Công nhân bốc xếp hàng hóa', '93', 'UNSKILLED'),
  (17, 'Thợ may mẫu', '75', 'ELEMENTARY'),
  (18, 'Công nhân cắt chỉ, hoàn thiện sản phẩm may', '75', 'UNSKILLED'),
  (19, 'Nhân viên vận hành máy ép nhựa', '81', 'ELEMENTARY'),
  (20, 'Lái xe tải hạng C', '83', 'INTERMEDIATE'),
  (21, 'Công nhân chế biến thực phẩm', '75', 'UNSKILLED'),
  (22, 'Công nhân sản xuất', '93', 'UNSKILLED'),
  (23, 'Tạp vụ nhà xưởng', '91', 'UNSKILLED'),
  (24, 'Bảo vệ nhà máy', '54', 'UNSKILLED'),
  (25, 'Phụ bếp nhà ăn công nhân', '94', 'UNSKILLED'),
  (26, 'Công nhân xây dựng nhà xưởng', '71', 'UNSKILLED'),
  (27, 'Thủ kho vật tư', '43', 'INTERMEDIATE'),
  (28, 'Nhân viên kế hoạch sản xuất', '33', 'COLLEGE');

-- Variants: what employers add to a title.
create temporary table bench_variant (i int primary key, suffix text not null) on commit drop;
insert into bench_variant (i, suffix) values
  (1, ''), (2, ''), (3, ''), (4, ' – ca đêm'), (5, ' – làm việc theo ca'), (6, ' (không yêu cầu kinh nghiệm)'),
  (7, ' – tuyển gấp'), (8, ' – có ký túc xá'), (9, ' – thời vụ cuối năm'), (10, ' (nam/nữ)'),
  (11, ' – đi làm ngay'), (12, ' – lương cao');

-- Every title's occupation and level must exist in the reference tables.
select count(*) > 0 as missing from bench_title t
 where not exists (select 1 from occupation o where o.code = t.occupation_code)
    or not exists (select 1 from skill_level s where s.code = t.skill_level_code) \gset
\if :missing
  \echo 'generate.sql: a title names an occupation or skill level missing from the reference tables'
  rollback;
  \quit
\endif

-- The employers that can publish (verified; all of them when none is verified yet), with what
-- searchText uses.
create temporary table bench_employer on commit drop as
select row_number() over (order by e.id)::int as i, e.id, e.province_id, e.commune_id, e.address,
       o.name || coalesce(' ' || o.short_name, '') || ' ' as name_part,
       p.name as province_name, c.name as commune_name, z.name as zone_name,
       coalesce((select min(u.id) from app_user u where u.organisation_id = e.competent_body_id and u.role = 'OFFICIAL'),
                (select min(u.id) from app_user u where u.role = 'OFFICIAL')) as decided_by
  from employer e
  join organisation o on o.id = e.organisation_id
  join admin_unit p on p.id = e.province_id
  left join admin_unit c on c.id = e.commune_id
  left join industrial_zone z on z.id = e.industrial_zone_id
 where e.verification = 'VERIFIED' or not exists (select 1 from employer where verification = 'VERIFIED');
select count(*) as employers, count(*) > 0 as has_employers from bench_employer \gset
\if :has_employers
\else
  \echo 'generate.sql: no employer rows; start the portal once with profile demo first'
  rollback;
  \quit
\endif

select setseed(:seed);

-- One INSERT … SELECT: the random draws are made once per row in r (materialised, in g order), then
-- joined to their title, variant, employer and occupation.
insert into vacancy (employer_id, title, occupation_code, skill_level_code, quantity, hired, term, start_date,
  wage_min, wage_max, benefits, housing, housing_amount, meals, shuttle_bus, working_hours, shifts, age_min,
  age_max, gender, requirement_reason, work_province_id, work_commune_id, work_address, closing_date,
  description, status, submitted_at, published_at, decided_by, search_text, created_at, updated_at, version)
with r as materialized (
  select g,
         1 + floor(random() * (select count(*) from bench_title))::int as ti,
         1 + floor(random() * (select count(*) from bench_variant))::int as vi,
         1 + floor(random() * :employers)::int as ei,
         random() as r_skill, random() as r_quantity, random() as r_hired, random() as r_term,
         60 + floor(random() * 101)::int as wage_min_100k,          -- 6.0 to 16.0 million
         floor(random() * 41)::int as wage_span_100k,               -- up to 4.0 million more (≤ 20 million)
         random() as r_housing, random() as r_housing_amount, random() as r_meals, random() as r_bus,
         random() as r_hours, random() as r_age, random() as r_gender, random() as r_start,
         7 + floor(random() * 114)::int as closing_in_days,
         random() * 90 as published_days_ago, random() * 48 as submitted_hours_before,
         random() * 72 as created_hours_before
    from generate_series(1, :n) g
)
select e.id,
       t.title || v.suffix,
       t.occupation_code,
       case when r.r_skill < 0.8 then t.skill_level_code
            when r.r_skill < 0.9 then 'UNSKILLED' else 'ELEMENTARY' end,
       q.quantity,
       floor(r.r_hired * q.quantity / 3)::int,
       case when r.r_term < 0.75 then 'LONG' when r.r_term < 0.9 then 'SEASONAL' else 'SHORT' end,
       case when r.r_start < 0.4 then current_date + r.closing_in_days + 7 end,
       r.wage_min_100k * 100000::bigint,
       (r.wage_min_100k + r.wage_span_100k) * 100000::bigint,
       'Đóng BHXH, BHYT, BHTN đầy đủ' || case when r.r_meals < 0.5 then E'\nThưởng chuyên cần, thưởng Tết' else '' end,
       h.housing,
       case h.housing when 'RENT_SUPPORT' then (5 + floor(r.r_housing_amount * 11)::int) * 100000::bigint
                      when 'DORMITORY' then 0 end,
       r.r_meals < 0.7,
       r.r_bus < 0.4,
       case when r.r_hours < 0.6 then '8 giờ/ngày, 6 ngày/tuần' else '8 giờ/ngày, 5,5 ngày/tuần' end,
       case when r.r_hours < 0.3 then '2 ca, xoay ca tuần' when r.r_hours < 0.5 then '3 ca' else 'Hành chính' end,
       18,
       a.age_max,
       a.gender,
       case when a.age_max is not null or a.gender <> 'ANY'
            then 'Công việc đứng liên tục theo ca, yêu cầu sức khỏe phù hợp' end,
       e.province_id,
       e.commune_id,
       e.address,
       current_date + r.closing_in_days,
       'bench:board',
       'PUBLISHED',
       now() - r.published_days_ago * interval '1 day' - r.submitted_hours_before * interval '1 hour',
       now() - r.published_days_ago * interval '1 day',
       e.decided_by,
       left(t.title || v.suffix || ' ' || e.name_part || o.name_vi || ' ' || e.province_name
            || coalesce(' ' || e.commune_name, '') || coalesce(' ' || e.zone_name, '') || ' ' || e.address, 1000),
       now() - r.published_days_ago * interval '1 day'
             - (r.submitted_hours_before + r.created_hours_before) * interval '1 hour',
       now() - r.published_days_ago * interval '1 day',
       2
  from r
  join bench_title t on t.i = r.ti
  join bench_variant v on v.i = r.vi
  join bench_employer e on e.i = r.ei
  join occupation o on o.code = t.occupation_code
  cross join lateral (select case when r.r_quantity < 0.5 then 1 + floor(r.r_quantity * 20)::int
                                  when r.r_quantity < 0.9 then 10 + floor(r.r_quantity * 100)::int
                                  else 50 + floor(r.r_quantity * 250)::int end as quantity) q
  cross join lateral (select case when v.suffix like '%ký túc xá%' or r.r_housing < 0.45 then 'DORMITORY'
                                  when r.r_housing < 0.70 then 'RENT_SUPPORT' else 'NONE' end as housing) h
  cross join lateral (select case when r.r_age < 0.7 then null::int when r.r_age < 0.85 then 35 else 40 end as age_max,
                             case when r.r_gender < 0.9 then 'ANY' when r.r_gender < 0.96 then 'FEMALE'
                                  else 'MALE' end as gender) a
 order by r.g;

commit;

-- Fresh statistics for the planner (the whole database: the small reference tables too).
analyze;

select count(*) filter (where description = 'bench:board') as bench_rows,
       count(*) filter (where status = 'PUBLISHED') as published,
       count(*) filter (where status = 'PUBLISHED' and closing_date >= current_date) as on_the_board
  from vacancy;
