-- The application works as the role portal_app, not as the schema owner that runs these migrations: every pooled
-- connection starts with `set role portal_app` (AppDatabaseRole), Flyway keeps its own owner connection. portal_app
-- may read and append to the audit trail but not UPDATE, DELETE or TRUNCATE it; the trigger from V5 stays as a second
-- line. A role belongs to the whole PostgreSQL cluster (several databases may share it), so it is created only once.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'portal_app') then
    create role portal_app nologin;
  end if;
exception when duplicate_object or unique_violation then
  null; -- another database on this cluster created it at the same moment
end $$;

-- A schema owner that is not a superuser must be a member to `set role`; for a superuser this is a no-op.
do $$
begin
  if not pg_has_role(current_user, 'portal_app', 'member') then
    execute format('grant portal_app to %I', current_user);
  end if;
end $$;

grant usage on schema public to portal_app;
grant select, insert, update, delete, truncate, references on all tables in schema public to portal_app;
grant usage, select, update on all sequences in schema public to portal_app;
revoke update, delete, truncate on audit_event from portal_app;
revoke insert, update, delete, truncate on flyway_schema_history from portal_app;

-- Tables and sequences that later migrations create get the same rights (audit_event is the only exception).
alter default privileges in schema public
  grant select, insert, update, delete, truncate, references on tables to portal_app;
alter default privileges in schema public grant usage, select, update on sequences to portal_app;
