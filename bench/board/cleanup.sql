-- Removes what bench/board/generate.sql added (vacancies with description = 'bench:board') and the rows
-- that refer to them (interests, revisions, and any later table with a foreign key to vacancy), then
-- refreshes the statistics. Safe to run when there is nothing to remove.
--
--   psql -h localhost -U postgres -d portal -f bench/board/cleanup.sql

\set ON_ERROR_STOP on
begin;
create temporary table bench_gone on commit drop as
  select id from vacancy where description = 'bench:board';
do $$
declare
  fk record;
begin
  for fk in
    select c.conrelid::regclass as tab, a.attname as col
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.contype = 'f' and c.confrelid = 'vacancy'::regclass and c.conrelid <> 'vacancy'::regclass
       and array_length(c.conkey, 1) = 1
  loop
    execute format('delete from %s where %I in (select id from bench_gone)', fk.tab, fk.col);
  end loop;
end $$;
delete from vacancy where id in (select id from bench_gone);
commit;
vacuum analyze vacancy;
select count(*) as vacancies, count(*) filter (where status = 'PUBLISHED') as published,
       count(*) filter (where description = 'bench:board') as bench_rows_left
  from vacancy;
