-- The nightly clean-up of abandoned imports (uploaded or previewed, never committed nor discarded): their rows
-- hold personal data nobody chose to keep. Several instances may run the job; the first to insert the day's
-- row runs it, the others see the row and stop, and the row records what was cleaned.
create table import_cleanup_run (
  run_on     date        primary key,
  started_at timestamptz not null default now(),
  batches    int,
  staged_rows int
);

-- What the job looks for: open batches by age.
create index import_batch_open on import_batch (created_at) where status in ('UPLOADED', 'PREVIEWED');
