-- V41: indexes behind the officials' dashboard; each figure is one aggregate statement.
-- Open vacancies by skill level (sector and zone go through the employer's primary key).
create index dashboard_vacancy_open on vacancy (skill_level_code, employer_id) include (quantity, hired)
  where status = 'PUBLISHED';
-- Candidates by home province (erased ones only count as statistics, so they stay in).
create index dashboard_candidate_home on candidate (home_province_id);
-- Referrals and hires by month: referral_centre_referred / referral_centre_hired (V12) serve them.
