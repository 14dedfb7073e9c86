-- One row per submitted form token (the hidden field every POST form carries): a second submission of the same
-- form — a double click, a reload of the POST, a second instance behind the balancer — finds the row and is sent
-- where the first went instead of running again. Rows older than a day are deleted nightly.
create table form_submission (
  token        uuid         primary key,
  actor        varchar(100) not null,
  submitted_at timestamptz  not null default now(),
  redirect_to  varchar(2000)
);

create index form_submission_age on form_submission (submitted_at);
