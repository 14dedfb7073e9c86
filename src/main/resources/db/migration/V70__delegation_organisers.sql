-- The organisations that organise a delegation: their officials (and the administrator) change it, everyone else
-- reads it. Delegations recorded before this had no organiser; they were Bắc Giang's wave-1 trips under its 2024
-- plan, organised by the People's Committee office (vp-ubnd-bg) and the labour department (sldtbxh-bg, whose work passed to the
-- home-affairs department in 2025, which acts for it).
create table delegation_organiser (
  delegation_id   bigint not null references delegation (id) on delete cascade,
  organisation_id bigint not null references organisation (id),
  primary key (delegation_id, organisation_id)
);
create index delegation_organiser_organisation on delegation_organiser (organisation_id);

insert into delegation_organiser (delegation_id, organisation_id)
select d.id, o.id from delegation d cross join organisation o where o.code in ('vp-ubnd-bg', 'sldtbxh-bg');
