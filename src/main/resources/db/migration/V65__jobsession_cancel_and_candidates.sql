-- A host may cancel a whole session (with its reason): it stays listed, marked, and no longer counts
-- toward the yearly targets.
alter table job_session
  add column cancelled_at  timestamptz,
  add column cancel_reason varchar(500),
  add column cancelled_by  varchar(100),
  add constraint job_session_cancel_reason check (cancelled_at is null or cancel_reason is not null);

-- A centre registering one of its own candidates ahead of the day links the registration to the record.
alter table job_session_worker add column candidate_id bigint references candidate (id);
create index job_session_worker_candidate on job_session_worker (candidate_id) where candidate_id is not null;
