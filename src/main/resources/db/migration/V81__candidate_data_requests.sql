-- Requests from a candidate about their personal data (access, correction, erasure, withdrawal of consent or
-- objection), owned by the candidate's job centre. The due date is computed by DataRequestKind from the law.
create table data_request (
  id             bigint generated always as identity primary key,
  candidate_id   bigint       not null references candidate (id),
  centre_id      bigint       not null references organisation (id),
  kind           varchar(20)  not null,
  received_on    date         not null,
  due_on         date         not null,
  channel        varchar(20)  not null,
  identity_check varchar(200) not null,
  note           varchar(1000),
  status         varchar(20)  not null default 'OPEN',
  outcome        varchar(1000),
  recorded_by    varchar(100) not null,
  recorded_at    timestamptz  not null default now(),
  closed_by      varchar(100),
  closed_at      timestamptz,
  constraint data_request_kind check (kind in ('ACCESS', 'CORRECTION', 'ERASURE', 'WITHDRAWAL')),
  constraint data_request_status check (status in ('OPEN', 'COMPLETED', 'REFUSED')),
  constraint data_request_closed check ((status = 'OPEN') = (closed_at is null))
);
create index data_request_centre_open on data_request (centre_id, status, due_on);
create index data_request_candidate on data_request (candidate_id);
