-- Removes what bench/generate.sql added (the id ranges it recorded in bench_run), newest run first, and
-- whatever refers to those rows. For a database made only for benchmarks, dropping it is simpler.
--
--   psql -h localhost -U postgres -d portal -f bench/cleanup.sql

\set ON_ERROR_STOP on
begin;
create temporary table bench_gone (tbl text, id bigint) on commit drop;
insert into bench_gone
select r.tbl, g from bench_run r cross join lateral generate_series(r.min_id, r.max_id) g
 where r.min_id is not null;

create or replace function pg_temp.bench_delete(t text) returns bigint language plpgsql as $$
declare
  fk record;
  n bigint;
begin
  -- first the rows that refer to the generated ones (one level; deeper children go by ON DELETE CASCADE)
  for fk in
    select c.conrelid::regclass as tab, a.attname as col
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.contype = 'f' and c.confrelid = t::regclass and c.conrelid <> t::regclass
       and array_length(c.conkey, 1) = 1 and c.confdeltype <> 'c'
  loop
    execute format('delete from %s where %I in (select id from bench_gone where tbl = %L)', fk.tab, fk.col, t);
  end loop;
  execute format('delete from %I where id in (select id from bench_gone where tbl = %L)', t, t);
  get diagnostics n = row_count;
  return n;
end $$;

select t as tbl, pg_temp.bench_delete(t) as deleted
  from unnest(array['indicator_report', 'referral', 'job_session', 'plan_task', 'candidate', 'vacancy', 'employer']) t;
delete from organisation o where o.code like 'bench-dn-%' and not exists (select 1 from employer e where e.organisation_id = o.id);
delete from action_plan p where p.number like 'KH-BENCH/%' and not exists (select 1 from plan_task t where t.plan_id = p.id);
delete from bench_run;
commit;
vacuum analyze;
select (select count(*) from employer) as employers, (select count(*) from vacancy) as vacancies,
       (select count(*) from candidate) as candidates, (select count(*) from referral) as referrals;
