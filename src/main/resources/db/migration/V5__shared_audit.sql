-- The audit trail: append-only. A trigger refuses UPDATE and DELETE, so no code path can rewrite history.
create table audit_event (
  id          bigint generated always as identity primary key,
  occurred_at timestamptz  not null default now(),
  actor       varchar(100) not null,
  action      varchar(20)  not null,
  entity_type varchar(60)  not null,
  entity_id   varchar(60),
  changes     jsonb,
  detail      varchar(500)
);
create index audit_event_time on audit_event (occurred_at desc);
create index audit_event_entity on audit_event (entity_type, entity_id);
create index audit_event_actor on audit_event (actor, occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only';
end $$;

create trigger audit_event_append_only
  before update or delete or truncate on audit_event
  for each statement execute function audit_event_is_append_only();
