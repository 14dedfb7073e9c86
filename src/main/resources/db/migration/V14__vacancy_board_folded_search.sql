-- The board's text search on a stored, already-folded column: PostgreSQL keeps statistics for it (it had none
-- for fold(search_text), whose only index is partial) and never re-folds rows at query time. Measured in
-- bench/RESULTS.md: text search p95 from ~1 s to under 100 ms at 100k published vacancies.
alter table vacancy add column search_folded text generated always as (fold(search_text)) stored;
drop index vacancy_board_text;
create index vacancy_board_text on vacancy using gin (search_folded gin_trgm_ops) where status = 'PUBLISHED';
analyze vacancy;
